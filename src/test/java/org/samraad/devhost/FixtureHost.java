package org.samraad.devhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostPermissionManager.Grant;

/**
 * For the host's own tests: a host running the fixture plugin (src/test/resources/devhost/fixture) on a free
 * port and a fresh home, with a public space PUB (anonymous may view; reader views; member edits) and a
 * restricted space SEC (secretary only). Independent of Samråd's own modules.
 */
final class FixtureHost {
    static final String DESCRIPTOR = "devhost/fixture/atlassian-plugin.xml";
    static final String PACKAGE = "org.samraad.devhost.fixture";

    private FixtureHost() {}

    static DevHostOptions options(Path home) {
        return DevHostOptions.of(0, home).withPlugin(DESCRIPTOR, PACKAGE);
    }

    static DevHost start() throws IOException {
        DevHost host = DevHost.start(options(Files.createTempDirectory("devhost-fixture")));
        seed(host.store());
        return host;
    }

    static void seed(HostStore store) {
        store.createSpace("PUB", "Public <space>");
        store.createSpace("SEC", "Secret space");
        store.grant("PUB", null, Grant.VIEW.name());
        store.grant("PUB", key("reader"), Grant.VIEW.name());
        store.grant("PUB", key("member"), Grant.EDIT.name());
        store.grant("PUB", key("admin"), Grant.ADMINISTER.name());
        store.grant("SEC", key("secretary"), Grant.VIEW.name());
        store.grant("SEC", key("secretary"), Grant.EDIT.name());
        long home = store.createPage("PUB", "Home", "<p>Welcome&nbsp;home</p>"
                + "<ac:structured-macro ac:name=\"fixture-echo\"><ac:parameter ac:name=\"text\">&lt;script&gt;alert(1)&lt;/script&gt;"
                + "</ac:parameter><ac:rich-text-body><p>inner <b>body</b></p></ac:rich-text-body></ac:structured-macro>", null).id();
        store.setHomePage("PUB", home);
        store.createPage("PUB", "Broken", "<ac:structured-macro ac:name=\"fixture-echo\"><ac:parameter ac:name=\"fail\">true"
                + "</ac:parameter></ac:structured-macro><ac:structured-macro ac:name=\"fixture-echo\"><ac:parameter ac:name=\"explode\">"
                + "true</ac:parameter></ac:structured-macro><ac:structured-macro ac:name=\"nonexistent\"/>", null);
        long secret = store.createPage("SEC", "Secret home", "<p>TOP SECRET CONTENT</p>", null).id();
        store.setHomePage("SEC", secret);
    }

    static String key(String username) {
        return DemoUsers.byUsername(username).orElseThrow().getKey().getStringValue();
    }
}
