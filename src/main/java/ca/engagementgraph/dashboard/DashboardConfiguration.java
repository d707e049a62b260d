package ca.engagementgraph.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard is static files served by the service itself ({@code static/}, the libraries from WebJars), and it
 * reads its GraphQL documents from the very files of {@code ui-queries/}, published here as they are on the
 * classpath: the screens cannot drift from the documents the tests check.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/ui-queries/**").addResourceLocations("classpath:/ui-queries/");
	}
}
