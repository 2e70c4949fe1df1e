/*
 * Dev host page helpers: the macro picker inserts an <ac:structured-macro> snippet into the storage editor, and a
 * small part of Confluence's macro browser API, so that plugins' field overrides work in the picker:
 * AJS.MacroBrowser.setMacroJsOverride(macro, {fields: {type: {parameter: factory}}}), AJS.MacroBrowser.Field and
 * Confluence.Templates.MacroBrowser.macroParameterSelect(). An override's field replaces the picker's input of that
 * parameter; its getValue() is what the snippet stores. Not mirrored: the rest of the macro browser (preview,
 * macro search, beforeParamsSet/beforeParamsRetrieved, dependencies between fields, the other field types).
 */
(function () {
    'use strict';

    var overrides = {};
    if (window.AJS && !AJS.MacroBrowser) {
        AJS.MacroBrowser = {
            setMacroJsOverride: function (name, override) {
                overrides[name] = override;
            },
            Field: function (paramDiv, input, options) {
                var $input = AJS.$(input);
                return {paramDiv: AJS.$(paramDiv), input: $input,
                    getValue: function () { return $input.val(); },
                    setValue: (options && options.setValue) || function (value) { $input.val(value); }};
            }
        };
        window.Confluence = window.Confluence || {};
        Confluence.Templates = Confluence.Templates || {};
        Confluence.Templates.MacroBrowser = Confluence.Templates.MacroBrowser || {
            macroParameterSelect: function () {
                return '<div class="macro-param-div"><label></label><select class="select"></select></div>';
            }
        };
    }

    /** Puts each overridden parameter's field in place of the picker's own input. */
    function applyOverrides() {
        document.querySelectorAll('.macro-form[data-macro-name]').forEach(function (form) {
            var override = overrides[form.getAttribute('data-macro-name')];
            if (!override || !override.fields) {
                return;
            }
            form.querySelectorAll('[data-parameter]').forEach(function (input) {
                var name = input.getAttribute('data-parameter');
                var typeNode = input.parentNode.querySelector('.parameter-type');
                var type = typeNode ? typeNode.textContent : 'string';
                var factory = override.fields[type] && override.fields[type][name];
                if (!factory) {
                    return;
                }
                var field = factory({name: name, type: {name: type}, required: false, multiple: false}, {});
                var control = field.input[0];
                control.id = input.id;
                control.setAttribute('data-parameter', name);
                if (input.getAttribute('aria-describedby')) {
                    control.setAttribute('aria-describedby', input.getAttribute('aria-describedby'));
                }
                control.samraadField = field;
                field.setValue(input.value);
                input.parentNode.replaceChild(control, input);
            });
        });
    }
    if (window.AJS && AJS.toInit) {
        AJS.toInit(applyOverrides);
    }

    function xml(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }

    function snippet(form) {
        var name = form.getAttribute('data-macro-name');
        var out = '<ac:structured-macro ac:name="' + xml(name) + '" ac:schema-version="1">';
        form.querySelectorAll('[data-parameter]').forEach(function (input) {
            var value = input.type === 'checkbox' ? (input.checked ? 'true' : '')
                : input.samraadField ? input.samraadField.getValue() || '' : input.value;
            if (value !== '') {
                out += '<ac:parameter ac:name="' + xml(input.getAttribute('data-parameter')) + '">' + xml(value) + '</ac:parameter>';
            }
        });
        var body = form.getAttribute('data-body');
        if (body === 'rich') {
            out += '<ac:rich-text-body><p></p></ac:rich-text-body>';
        } else if (body === 'plain') {
            out += '<ac:plain-text-body><![CDATA[]]></ac:plain-text-body>';
        }
        return out + '</ac:structured-macro>';
    }

    document.querySelectorAll('.macro-form .insert-macro').forEach(function (button) {
        button.addEventListener('click', function () {
            var editor = document.getElementById('content-body');
            if (!editor) {
                return;
            }
            var text = snippet(button.closest('form'));
            var start = editor.selectionStart, end = editor.selectionEnd;
            editor.value = editor.value.substring(0, start) + text + editor.value.substring(end);
            editor.focus();
            editor.selectionStart = editor.selectionEnd = start + text.length;
        });
    });
})();
