package ca.engagementgraph.api;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.stereotype.Component;

/**
 * Controller methods run on the thread that took the request, not on the application's executor.
 * <p>
 * With virtual threads on, Spring for GraphQL hands every controller method it deems blocking to the executor; the
 * answer is then not ready when the handler returns, so Spring MVC finishes the request in a second (ASYNC) dispatch
 * that passes the whole filter chain, security and observations included, a second time: a tenth of a small answer's
 * CPU, measured (JFR) on the headline question. Requests now run on platform threads (application.yaml,
 * {@code spring.threads.virtual}), so the executor would only add a second dispatch: the controllers block only on the
 * database, and none returns a reactive type. Time limits stay where they were: every database transaction carries
 * its limit ({@code QUERY_TIMEOUT}) and the answer budget bounds the rest.
 */
@Component
class ControllersOnTheRequestThread implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof AnnotatedControllerConfigurer configurer) {
			configurer.setBlockingMethodPredicate(method -> false);
		}
		return bean;
	}
}
