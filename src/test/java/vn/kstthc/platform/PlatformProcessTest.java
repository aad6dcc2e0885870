package vn.kstthc.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import vn.kstthc.KstthcApplication;

/**
 * A process test with the platform's own plugins, as in production: global listeners (on-time
 * records, notifications, case numbers, task display variables), the working-day business
 * calendar, roles, the history level, the deployed models and forms. The application runs on an
 * in-memory H2 database with the demo organisation; Spring caches the context, so every test class
 * with this annotation shares one start. Use it for what a model change could break in the
 * platform; paths through a BPMN stay in the fast {@link ProcessTests} engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// metrics exported as in production (Prometheus): EndpointRulesTest lists the actuator's endpoints
@AutoConfigureObservability(tracing = false)
@SpringBootTest(
    classes = KstthcApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:platform-process-test;DB_CLOSE_DELAY=-1",
      "management.server.port=0",
      "kstthc.organisation.admin-password=Quan-tri-Quy-trinh-2026",
      // the test drives time and the deadline scan itself; no job executor racing the test
      "kstthc.deadlines.scan-enabled=false",
      "camunda.bpm.job-execution.enabled=false",
      // every optional page on, so EndpointRulesTest sees every endpoint a province can turn on
      "kstthc.petitions.public-page.enabled=true",
      "kstthc.supervision.public-page.enabled=true"
    })
public @interface PlatformProcessTest {}
