package org.samraad.council;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.RawEntity;
import org.junit.Test;
import org.samraad.SamraadSchema;
import org.samraad.platform.sql.AoTableNames;
import org.samraad.testing.FeaturePorts;

/** "Erase this person everywhere" holds only while the inventory lists every column that points at a person. */
public class PersonalReferencesTest {
    @Test
    public void everyUserKeyColumnOutsideTheMemberRowIsInTheInventory() {
        assertEquals(columns(name -> name.endsWith("UserKey") || name.endsWith("By"), MemberEntity.class),
                inventory(inventory().byUserKey()));
    }

    @Test
    public void everyMemberIdColumnIsInTheInventory() {
        assertEquals(columns(name -> name.endsWith("MemberId"), null), inventory(inventory().byMemberId()));
    }

    private static Set<String> columns(java.util.function.Predicate<String> personal, Class<?> except) {
        Set<String> found = new TreeSet<>();
        for (Class<? extends RawEntity<?>> entity : SamraadSchema.ENTITIES) {
            if (entity.equals(except)) {
                continue;
            }
            for (Method getter : entity.getMethods()) {
                String property = getter.getName().replaceFirst("^(get|is)", "");
                if (getter.getDeclaringClass().equals(entity) && getter.getName().startsWith("get")
                        && personal.test(property)) {
                    found.add(entity.getSimpleName() + "." + AoTableNames.column(property).replace("\"", ""));
                }
            }
        }
        return found;
    }

    /** The inventory as the plugin assembles it: council's own columns and every feature's. */
    private static PersonalReferences inventory() {
        return FeaturePorts.personalReferences(null);
    }

    private static Set<String> inventory(java.util.List<PersonalReference<?>> references) {
        return references.stream()
                .map(r -> r.type().getSimpleName() + "." + r.column())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
