/** Base types, web error handling and i18n helpers: small, no feature logic. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.kaoping.shared;
