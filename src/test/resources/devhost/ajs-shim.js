/*
 * Dev-host stand-in for AUI's "com.atlassian.auiplugin:ajs" web resource, which cannot be downloaded here.
 * It provides only what Samråd's scripts may rely on:
 *   AJS.contextPath()             the context path ("" on the dev host), from <meta name="ajs-context-path">
 *   AJS.format(pattern, args...)  MessageFormat subset: {0}…{n}, '' for an apostrophe, '…' quoted text
 *   AJS.I18n.getText(key, args...) the key itself, formatted: like AUI in Confluence it knows no plugin texts.
 *                                 A literal call, AJS.I18n.getText('samraad.key', ...), never gets here: the
 *                                 host's jsI18n transformer (JsI18nTransformer) has inlined the reader's text,
 *                                 as Confluence's does; a key computed at run time shows up raw, as it would there
 *   AJS.toInit(fn)                runs fn once the DOM is ready
 * Everything else from AUI (AJS.$ / jQuery, dialogs, flags) is deliberately absent, so a script that needs it
 * fails here first instead of in Confluence.
 */
(function (window, document) {
    'use strict';
    var AJS = window.AJS = window.AJS || {};

    AJS.contextPath = function () {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    };

    AJS.format = function (pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        var text = String(pattern);
        var out = '';
        var quoted = false;
        for (var i = 0; i < text.length; i++) {
            var c = text.charAt(i);
            if (c === "'") {
                if (text.charAt(i + 1) === "'") {
                    out += "'";
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c === '{' && !quoted) {
                var end = text.indexOf('}', i);
                var index = end > i ? parseInt(text.substring(i + 1, end), 10) : NaN;
                if (isNaN(index)) {
                    out += c;
                } else {
                    out += args[index] === undefined || args[index] === null ? '' : String(args[index]);
                    i = end;
                }
            } else {
                out += c;
            }
        }
        return out;
    };

    AJS.I18n = {
        getText: function (key) {
            return AJS.format.apply(null, [key].concat(Array.prototype.slice.call(arguments, 1)));
        }
    };

    AJS.toInit = function (fn) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', function () { fn(); });
        } else {
            window.setTimeout(function () { fn(); }, 0);
        }
    };
})(window, document);
