/*
 * The part of Confluence's "com.atlassian.auiplugin:ajs" that AUI's npm package does not hold: Confluence (its
 * web-resource manager) gives AJS the context path. Loaded after jQuery and before AUI, whose bundle takes
 * AJS.contextPath from the AJS it finds and exports it again (dev host, AuiResources):
 *   AJS.contextPath()   the context path ("" on the dev host), from <meta name="ajs-context-path">
 * Everything else (AJS.$, AJS.format, AJS.I18n.getText, AJS.toInit, dialogs, flags, buttons) is AUI's own.
 * AJS.I18n.getText knows only AUI's texts and gives back any other key, as in Confluence, where the jsI18n
 * transformer has inlined a plugin's literal keys before the script runs (JsI18nTransformer on the dev host).
 */
(function (window, document) {
    'use strict';
    var AJS = window.AJS = window.AJS || {};
    AJS.contextPath = function () {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    };
})(window, document);
