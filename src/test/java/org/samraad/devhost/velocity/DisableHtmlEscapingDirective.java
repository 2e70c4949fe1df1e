package org.samraad.devhost.velocity;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * ATR's {@code #disable_html_escaping()}: prints nothing; its presence anywhere in a template switches encoding
 * off for that template (the renderer looks for it in the source). Samråd's templates must never use it.
 */
public final class DisableHtmlEscapingDirective extends Directive {
    static final String MARKER = "#disable_html_escaping()";

    @Override
    public String getName() {
        return "disable_html_escaping";
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        return true;
    }
}
