package io.lifeboat.testing;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The version pom.xml gives the project, read the way Maven does: the project's own version element. */
public final class ProjectVersion {

    private ProjectVersion() {
    }

    public static String fromPom() {
        try {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Path.of("pom.xml").toFile()).getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("version".equals(child.getNodeName())) {
                    return child.getTextContent().trim();
                }
            }
            throw new IllegalStateException("pom.xml has no project version");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read pom.xml", e);
        }
    }
}
