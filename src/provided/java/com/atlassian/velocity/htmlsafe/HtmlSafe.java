package com.atlassian.velocity.htmlsafe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (velocity-htmlsafe 4.0.3 [DF]): marks a method whose return value Velocity inserts without HTML
 * encoding; on toString() it marks a whole class as safe. Read reflectively by the renderer, so RUNTIME. The
 * real annotation also carries the meta-annotations {@code @ReturnValueAnnotation} and
 * {@code @CollectionInheritable} (same library); they do not affect linkage and are left out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HtmlSafe {}
