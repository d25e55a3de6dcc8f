package com.kaoping.shared;

import nz.net.ultraq.thymeleaf.layoutdialect.LayoutDialect;
import org.thymeleaf.extras.springsecurity6.dialect.SpringSecurityDialect;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One layout for every page (Thymeleaf Layout Dialect) instead of copied page chrome. */
@Configuration(proxyBeanMethods = false)
class ThymeleafConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LayoutDialect layoutDialect() {
        return new LayoutDialect();
    }

    @Bean
    @ConditionalOnMissingBean
    SpringSecurityDialect springSecurityDialect() {
        return new SpringSecurityDialect();
    }
}
