package org.guanxi.core;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until users sign in, every request sees the whole book.
 */
@Configuration(proxyBeanMethods = false)
class ViewerConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Viewer everythingViewer() {
		return Visibility::everything;
	}

}
