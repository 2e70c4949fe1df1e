package org.samraad.descriptor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jakarta.servlet.http.HttpServlet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The plugin's pages in Confluence administration: each servlet module is a servlet Confluence can build, and
 * each link in the admin configuration section leads to one of them at {@code /plugins/servlet/…}.
 */
public class AdminPagesTest {
    private static PluginDescriptor descriptor;

    @BeforeClass
    public static void load() throws Exception {
        descriptor = PluginDescriptor.load();
    }

    @Test
    public void everyServletModuleIsAnHttpServletAtAPathOfItsOwn() throws Exception {
        List<Element> servlets = descriptor.all("servlet");
        assertFalse(servlets.isEmpty());
        for (Element servlet : servlets) {
            Class<?> type = Class.forName(servlet.getAttribute("class"));
            assertTrue(type + " must be an HttpServlet", HttpServlet.class.isAssignableFrom(type));
            assertFalse(PluginDescriptor.children(servlet, "url-pattern").isEmpty());
        }
    }

    @Test
    public void everyAdminLinkLeadsToAServletModuleAndIsLabelledByItsNameKey() {
        Set<String> paths = descriptor.all("servlet").stream()
                .flatMap(s -> PluginDescriptor.children(s, "url-pattern").stream())
                .map(p -> "/plugins/servlet" + p.getTextContent().trim()).collect(Collectors.toSet());
        List<Element> adminItems = descriptor.all("web-item").stream()
                .filter(item -> item.getAttribute("section").equals("system.admin/configuration")).toList();
        assertEquals("one admin page: the anonymisation period", 1, adminItems.size());
        for (Element item : adminItems) {
            String link = PluginDescriptor.children(item, "link").get(0).getTextContent().trim();
            assertTrue(link + " is no servlet module's path", paths.contains(link));
            assertEquals(item.getAttribute("i18n-name-key"),
                    PluginDescriptor.children(item, "label").get(0).getAttribute("key"));
        }
    }
}
