/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the build's promises to users: sagemaker-bom lists every published jar module of the
 * build at the build's version and inherits nothing, and every jar module names its
 * {@code Automatic-Module-Name} (the parent's jar plugin writes the {@code module.name} property).
 */
class BomTest {
    /** Jar modules that are not libraries: programs and benchmarks, not meant as dependencies. */
    private static final Set<String> NOT_IN_BOM = Set.of("examples", "benchmarks");

    private static Path repository;
    private static Document parent;

    @BeforeAll
    static void readParent() throws Exception {
        // surefire runs in the module folder, examples/
        repository = Path.of("").toAbsolutePath().getParent();
        parent = read(repository.resolve("pom.xml"));
        assertThat(text(parent.getDocumentElement(), "artifactId")).isEqualTo("sagemaker4j-parent");
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of the first direct child element with that name, or null. */
    private static String text(Element element, String child) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static Element child(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** Module folder name -> its pom, for the modules the parent lists. */
    private static Map<String, Document> modules() throws Exception {
        Map<String, Document> modules = new LinkedHashMap<>();
        NodeList list = child(parent.getDocumentElement(), "modules").getElementsByTagName("module");
        for (int i = 0; i < list.getLength(); i++) {
            String name = list.item(i).getTextContent().trim();
            modules.put(name, read(repository.resolve(name).resolve("pom.xml")));
        }
        return modules;
    }

    private static List<String> jarModules() throws Exception {
        List<String> jars = new ArrayList<>();
        for (Map.Entry<String, Document> e : modules().entrySet()) {
            String packaging = text(e.getValue().getDocumentElement(), "packaging");
            if (packaging == null || packaging.equals("jar")) {
                jars.add(text(e.getValue().getDocumentElement(), "artifactId"));
            }
        }
        return jars;
    }

    @Test
    void bom_everyPublishedJarModule_isManagedAtTheProjectVersion() throws Exception {
        Document bom = read(repository.resolve("sagemaker-bom").resolve("pom.xml"));
        Element root = bom.getDocumentElement();
        NodeList deps = child(root, "dependencyManagement").getElementsByTagName("dependency");
        Map<String, String> managed = new LinkedHashMap<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(text(d, "groupId")).isEqualTo("dev.sagemaker4j");
            managed.put(text(d, "artifactId"), text(d, "version"));
        }
        List<String> expected = jarModules().stream().filter(a -> !NOT_IN_BOM.contains(a)).toList();

        assertThat(managed.keySet()).containsExactlyInAnyOrderElementsOf(expected)
                .contains("sagemaker-core", "sagemaker-testing");
        assertThat(managed.values()).containsOnly("${project.version}");
        assertThat(text(root, "packaging")).isEqualTo("pom");
        assertThat(text(root, "version")).as("the BOM's version is the build's")
                .isEqualTo(text(parent.getDocumentElement(), "version"));
    }

    @Test
    void bom_importedByUsers_inheritsNoParentAndManagesNothingElse() throws Exception {
        Element root = read(repository.resolve("sagemaker-bom").resolve("pom.xml")).getDocumentElement();

        assertThat(child(root, "parent")).as("a parent's dependencyManagement would reach every importer").isNull();
        NodeList deps = child(root, "dependencyManagement").getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(text(d, "scope")).as("no BOM imports inside the BOM").isNull();
        }
        assertThat(modules()).containsKey("sagemaker-bom");
    }

    @Test
    void modules_everyJar_setsItsOwnModuleName() throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Document> e : modules().entrySet()) {
            Element root = e.getValue().getDocumentElement();
            String packaging = text(root, "packaging");
            if (packaging == null || packaging.equals("jar")) {
                Element properties = child(root, "properties");
                names.put(e.getKey(), properties == null ? null : text(properties, "module.name"));
            }
        }

        assertThat(names).isNotEmpty().allSatisfy((module, name) ->
                assertThat(name).as("module.name of %s", module).isNotNull().startsWith("dev.sagemaker4j."));
        assertThat(Set.copyOf(names.values())).as("module names are unique").hasSameSizeAs(names.values());
    }
}
