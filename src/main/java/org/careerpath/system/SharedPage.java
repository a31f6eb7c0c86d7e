package org.careerpath.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a reading page that is the same for every visitor who brings no personal state (no session, guest or flash
 * cookie): {@link PageCacheFilter} renders it once per address, language and day and serves it from memory after
 * that. A page whose forms carry a CSRF token is still served from memory, with each visitor's own token put in.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SharedPage {

}
