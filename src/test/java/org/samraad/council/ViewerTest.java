package org.samraad.council;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The secretariat rule: who runs a council's meetings and answers agenda requests. */
public class ViewerTest {

    @Test
    public void aSpaceAdministratorIsTheSecretariatWithOrWithoutARole() {
        assertTrue(new Viewer(true, true, true, false).secretariat());
        assertTrue(new Viewer(true, true, true, true).secretariat());
    }

    @Test
    public void aServingSecretaryWhoCanEditTheSpaceIsTheSecretariat() {
        assertTrue(new Viewer(true, true, false, true).secretariat());
    }

    @Test
    public void anEditorWithoutTheSecretaryRoleIsNot() {
        assertFalse(new Viewer(true, true, false, false).secretariat());
        assertFalse(new Viewer(false, true, false, false).secretariat());
    }

    @Test
    public void aSecretaryWhoCannotEditTheSpaceIsNot() {
        assertFalse(new Viewer(true, false, false, true).secretariat());
    }
}
