/* Dev host page helpers: the macro picker inserts an <ac:structured-macro> snippet into the storage editor. */
(function () {
    'use strict';

    function xml(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }

    function snippet(form) {
        var name = form.getAttribute('data-macro-name');
        var out = '<ac:structured-macro ac:name="' + xml(name) + '" ac:schema-version="1">';
        form.querySelectorAll('[data-parameter]').forEach(function (input) {
            var value = input.type === 'checkbox' ? (input.checked ? 'true' : '') : input.value;
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
