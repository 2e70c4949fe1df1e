/* samraad-involvement: the CSV link gets Confluence's context path; the rest of the macro is static HTML. */
(function () {
    'use strict';
    AJS.toInit(function () {
        document.querySelectorAll('a.samraad-involvement-csv[data-rest-path]').forEach(function (link) {
            link.href = AJS.contextPath() + link.getAttribute('data-rest-path');
        });
    });
}());
