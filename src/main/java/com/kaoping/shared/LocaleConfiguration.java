package com.kaoping.shared;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Two languages: Simplified Chinese and English. The browser's Accept-Language picks one
 * on the first visit; the switcher ({@code ?lang=en} / {@code ?lang=zh-CN}) sets a cookie
 * that sticks for a year.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("kaoping-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // a malformed language cookie means "no choice made", not an error on every page and reply
        resolver.setRejectInvalidCookies(false);
        resolver.setDefaultLocaleFunction(request -> fromHeader(request.getHeader("Accept-Language")));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                return supported(super.parseLocaleValue(localeValue));
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /**
     * The first language the browser lists that Kaoping speaks ("de, zh-CN;q=0.9" is Chinese);
     * Chinese when the browser says nothing or lists none of ours.
     */
    static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0];
                if (language.equals("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        catch (IllegalArgumentException malformed) {
            // fall through to the default
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** Any Chinese variant reads the zh-CN texts; every other language reads English. */
    static Locale supported(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return Locale.ENGLISH;
    }
}
