package vn.kstthc.supervision;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The supervision page, {@code /giam-sat/}: static files under {@code static/giam-sat/} (Spring
 * serves a folder's index.html only at the root). Its data come from {@code /api/giam-sat}, which
 * decides who may read what.
 */
@Configuration
class DashboardPage implements WebMvcConfigurer {

  static final String PAGE = "/giam-sat/index.html";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/giam-sat", PAGE);
    registry.addRedirectViewController("/giam-sat/", PAGE);
  }
}
