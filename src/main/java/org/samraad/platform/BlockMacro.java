package org.samraad.platform;

import com.atlassian.confluence.macro.Macro;

/**
 * What every Samråd macro is to the editor: a block of its own, with no body to type into. The data lives in
 * Active Objects, so the page holds only the macro and its parameters.
 */
public abstract class BlockMacro implements Macro {

    @Override
    public final BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
