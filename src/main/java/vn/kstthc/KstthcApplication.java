package vn.kstthc;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Nền tảng quy trình kiểm soát thủ tục hành chính (KSTTHC) trên Camunda 7.
 *
 * <p>The engine stores timestamps without a time zone, in the JVM's zone: the zone is fixed here so
 * that due dates and history mean the same on every machine, whatever the host's setting.
 */
@SpringBootApplication
@EnableScheduling
public class KstthcApplication {

  public static final String ZONE = "Asia/Ho_Chi_Minh";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
    SpringApplication.run(KstthcApplication.class, args);
  }
}
