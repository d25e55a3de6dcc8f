package com.kaoping.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page. Thymeleaf 3.1 no longer exposes the request, so the
 * language switcher gets the current address (without its old {@code lang}) from here.
 */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("switchLanguageBase")
    String switchLanguageBase(HttpServletRequest request) {
        String query = request.getQueryString();
        String uri = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("lang")
                .build()
                .toUriString();
        return uri + (uri.contains("?") ? "&" : "?");
    }
}
