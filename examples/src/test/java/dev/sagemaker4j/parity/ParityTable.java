/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.parity;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The parity table: the Python SDK's public API (docs/parity/python-api-*.tsv, extracted by
 * docs/parity/extract_python_api.py) against the Java API found by reflection, through the mapping
 * docs/parity/java-parity.tsv. See docs/parity/README.md for the file formats.
 */
final class ParityTable {
    /** How a Python row resolves. */
    enum Status { PRESENT, NOT_APPLICABLE, MISSING }

    /** One Python row: its class, kind ({@code init-param}, {@code method}, ...), name and default. */
    record Row(String pythonClass, String kind, String name, String pythonDefault) {
        String key() {
            return pythonClass + "\t" + kind + "\t" + name;
        }

        /** The method a {@code param} row belongs to. */
        String method() {
            return name.substring(0, name.indexOf('.'));
        }

        /** The parameter of a {@code param} row, or the name of any other row. */
        String member() {
            return kind.equals("param") ? name.substring(name.indexOf('.') + 1) : name;
        }
    }

    /** A row with its outcome: where it is in Java, why it is not applicable, or why the table is wrong. */
    record Result(Row row, Status status, String detail, String error) {
    }

    private final String header;
    private final List<Row> rows;
    private final Map<String, String> javaClasses;
    private final Map<String, String> entries;
    private final List<String> mappingLines;

    private ParityTable(String header, List<Row> rows, Map<String, String> javaClasses,
            Map<String, String> entries, List<String> mappingLines) {
        this.header = header;
        this.rows = rows;
        this.javaClasses = javaClasses;
        this.entries = entries;
        this.mappingLines = mappingLines;
    }

    static ParityTable load(Path pythonApi, Path mapping) throws IOException {
        List<String> api = Files.readAllLines(pythonApi, StandardCharsets.UTF_8);
        String header = api.get(0).replaceFirst("^#\\s*", "");
        List<Row> rows = new ArrayList<>();
        for (String line : api) {
            if (line.startsWith("#") || line.startsWith("class\t") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            rows.add(new Row(cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : ""));
        }
        List<String> lines = Files.readAllLines(mapping, StandardCharsets.UTF_8);
        Map<String, String> javaClasses = new LinkedHashMap<>();
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length == 3 && cells[1].equals("class")) {
                javaClasses.put(cells[0], cells[2].trim());
            } else if (cells.length == 4) {
                if (entries.put(cells[0] + "\t" + cells[1] + "\t" + cells[2], cells[3].trim()) != null) {
                    throw new IllegalStateException("java-parity.tsv names a row twice: " + line);
                }
            } else {
                throw new IllegalStateException("java-parity.tsv: a line is neither 'class<TAB>class<TAB>java"
                        + " class' nor 'class<TAB>kind<TAB>python_name<TAB>target': " + line);
            }
        }
        return new ParityTable(header, rows, javaClasses, entries, lines);
    }

    String header() {
        return header;
    }

    /** Resolves every row. */
    List<Result> resolve() {
        List<Result> results = new ArrayList<>();
        Map<String, Result> methods = new LinkedHashMap<>();
        for (Row row : rows) {
            Result result = resolve(row, methods);
            if (row.kind().equals("method")) {
                methods.put(row.pythonClass() + "\t" + row.name(), result);
            }
            results.add(result);
        }
        for (String key : entries.keySet()) {
            if (!key.contains("*") && rows.stream().noneMatch(r -> r.key().equals(key))) {
                results.add(new Result(new Row(key.split("\t")[0], key.split("\t")[1], key.split("\t")[2], ""),
                        Status.MISSING, "", "java-parity.tsv names a row the Python table does not have"));
            }
        }
        return results;
    }

    private String entry(Row row) {
        String exact = entries.get(row.key());
        if (exact != null) {
            return exact;
        }
        // wildcards only say n/a: a 'missing' must name its row, so that the refresh can drop it once present
        List<String> wildcards = new ArrayList<>();
        if (row.kind().equals("param")) {
            wildcards.add(row.pythonClass() + "\tparam\t" + row.method() + ".*");
        }
        wildcards.add(row.pythonClass() + "\t" + row.kind() + "\t*");
        wildcards.add(row.pythonClass() + "\t*\t*");
        for (String wildcard : wildcards) {
            String entry = entries.get(wildcard);
            if (entry != null && entry.startsWith("n/a")) {
                return entry;
            }
        }
        return null;
    }

    private Result resolve(Row row, Map<String, Result> methods) {
        String entry = entry(row);
        if (entry != null && entry.startsWith("n/a")) {
            String reason = entry.replaceFirst("^n/a:?\\s*", "");
            return reason.isEmpty()
                    ? new Result(row, Status.NOT_APPLICABLE, "", "n/a without a reason: write 'n/a: <reason>'")
                    : new Result(row, Status.NOT_APPLICABLE, reason, null);
        }
        if (entry == null && row.kind().equals("param")) {
            Result method = methods.get(row.pythonClass() + "\t" + row.method());
            if (method != null && method.status() == Status.NOT_APPLICABLE && method.error() == null) {
                return new Result(row, Status.NOT_APPLICABLE, "as its method: " + method.detail(), null);
            }
            if (method != null && method.status() == Status.MISSING && method.error() == null) {
                return new Result(row, Status.MISSING, "its method is missing", null);
            }
        }
        boolean markedMissing = "missing".equals(entry);
        String target = entry == null || markedMissing ? null : entry;
        String javaClass = javaClasses.get(row.pythonClass());
        String member = camel(row.member());
        String method = row.kind().equals("param") ? camel(row.method()) : null;
        if (target != null) {
            int hash = target.indexOf('#');
            if (hash >= 0) {
                javaClass = qualify(target.substring(0, hash), javaClass);
                target = target.substring(hash + 1);
            }
            if (row.kind().equals("param") && target.contains(".")) {
                method = target.substring(0, target.indexOf('.'));
                member = target.substring(target.indexOf('.') + 1);
            } else {
                member = target;
            }
        }
        String where = javaClass == null ? null : find(javaClass, row.kind(), method, member);
        if (markedMissing) {
            return where == null ? new Result(row, Status.MISSING, "", null)
                    : new Result(row, Status.PRESENT, where,
                            "marked missing in java-parity.tsv but present as " + where + ": remove the entry");
        }
        if (where != null) {
            return new Result(row, Status.PRESENT, where, null);
        }
        String expected = (javaClass == null ? "(no Java class mapped for " + row.pythonClass() + ")" : javaClass)
                + "#" + (method == null ? member : method + "(" + member + ")");
        return new Result(row, Status.MISSING, "", entry == null
                ? "not found as " + expected + ", and java-parity.tsv marks it neither n/a nor missing"
                : "java-parity.tsv maps it to " + entry + ", which is not found as " + expected);
    }

    private static String qualify(String name, String sameAs) {
        if (name.contains(".") || sameAs == null) {
            return name;
        }
        return sameAs.substring(0, sameAs.lastIndexOf('.') + 1) + name;
    }

    /** The Java form of a Python name: snake_case to lowerCamelCase; {@code sagemaker_session} is the Session. */
    static String camel(String python) {
        if (python.equals("sagemaker_session")) {
            return "session";
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : python.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String upperCamel(String python) {
        String camel = camel(python);
        return camel.isEmpty() ? camel : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /** Where the Java API has the row, or null. */
    static String find(String javaClass, String kind, String method, String member) {
        Class<?> type;
        try {
            type = Class.forName(javaClass);
        } catch (ClassNotFoundException e) {
            return null;
        }
        String simple = type.getSimpleName();
        switch (kind) {
            case "method":
                return publicMethods(type, member).isEmpty() ? null : simple + "#" + member;
            case "property":
                return publicMethods(type, member).stream().anyMatch(m -> m.getParameterCount() == 0)
                        ? simple + "#" + member + "()" : null;
            case "init-param":
                return findInitParameter(type, member);
            case "param":
                return findParameter(type, method, member);
            case "framework":
                return findFramework(type, member);
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }

    /** Public methods of a name, in a fixed order (reflection's order varies from run to run). */
    private static List<Method> publicMethods(Class<?> type, String name) {
        List<Method> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && !m.isSynthetic() && m.getDeclaringClass() != Object.class) {
                out.add(m);
            }
        }
        out.sort(BY_SIGNATURE);
        return out;
    }

    private static final Comparator<Executable> BY_SIGNATURE = Comparator
            .comparingInt((Executable e) -> e.getParameterCount()).thenComparing(Executable::toGenericString);

    private static String findInitParameter(Class<?> type, String member) {
        String simple = type.getSimpleName();
        for (Class<?> builder : builders(type)) {
            if (!publicMethods(builder, member).isEmpty()) {
                return simple + ".builder()." + member;
            }
        }
        // a protected constructor of an abstract class counts: a subclass passes the keyword on
        List<Executable> creators = new ArrayList<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers()) || Modifier.isAbstract(type.getModifiers())
                    && Modifier.isProtected(c.getModifiers())) {
                creators.add(c);
            }
        }
        // a static factory, or a builder(required...) whose positional parameters are the required keywords
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && (m.getReturnType() == type
                    || m.getName().equals("builder") && m.getParameterCount() > 0)) {
                creators.add(m);
            }
        }
        creators.sort(Comparator.comparing((Executable e) -> e instanceof Method).thenComparing(BY_SIGNATURE));
        for (Executable creator : creators) {
            String found = findIn(creator, member);
            if (found != null) {
                return simple + (creator instanceof Constructor ? "(" : "." + creator.getName() + "(") + found + ")";
            }
        }
        return null;
    }

    private static Collection<Class<?>> builders(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
                out.add(m.getReturnType());
            }
        }
        for (Class<?> nested : type.getClasses()) {
            if (nested.getSimpleName().equals("Builder")) {
                out.add(nested);
            }
        }
        out.sort(Comparator.comparing(Class::getName));
        return out;
    }

    private static String findParameter(Class<?> type, String method, String member) {
        String simple = type.getSimpleName();
        for (Method m : publicMethods(type, method)) {
            String found = findIn(m, member);
            if (found != null) {
                return simple + "#" + method + "(" + found + ")";
            }
        }
        List<Class<?>> nestedClasses = new ArrayList<>(List.of(type.getClasses()));
        nestedClasses.sort(Comparator.comparing(Class::getName));
        for (Class<?> nested : nestedClasses) {
            if (nested.getSimpleName().equals(upperCamel(method) + "Options")
                    || nested.getSimpleName().equals(method.substring(0, 1).toUpperCase(Locale.ROOT)
                            + method.substring(1) + "Options")) {
                for (Class<?> builder : builders(nested)) {
                    if (!publicMethods(builder, member).isEmpty()) {
                        return simple + "." + nested.getSimpleName() + "." + member;
                    }
                }
            }
        }
        return null;
    }

    /** {@code Outer.Inner} for a nested class. */
    private static String nestedName(Class<?> type) {
        return type.getName().substring(type.getName().lastIndexOf('.') + 1).replace('$', '.');
    }

    /** A parameter of this name, or a builder method of this name on a Consumer's or an options' builder. */
    private static String findIn(Executable executable, String member) {
        for (Parameter p : executable.getParameters()) {
            if (p.isNamePresent() && p.getName().equals(member)) {
                return member;
            }
            Type generic = p.getParameterizedType();
            if (generic instanceof ParameterizedType pt && pt.getRawType() == Consumer.class
                    && pt.getActualTypeArguments()[0] instanceof Class<?> target
                    && !publicMethods(target, member).isEmpty()) {
                return nestedName(target) + "." + member;
            }
            // an options object of this SDK (an AWS SDK request or response type is a service shape, not a keyword)
            if (p.getType().getName().startsWith("dev.sagemaker4j.")) {
                for (Class<?> builder : builders(p.getType())) {
                    if (!publicMethods(builder, member).isEmpty()) {
                        return nestedName(p.getType()) + "." + member;
                    }
                }
            }
        }
        return null;
    }

    private static String findFramework(Class<?> type, String framework) {
        try {
            Object names = type.getMethod("frameworks").invoke(null);
            return names instanceof Set<?> set && set.contains(framework)
                    ? type.getSimpleName() + ".retrieve(\"" + framework + "\", ...)" : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /**
     * The mapping file as it must read after the Java API changed: entries marking missing a row that is
     * now present are dropped, and rows now absent without an entry are marked missing. Class lines,
     * comments and every other entry are kept as they are.
     */
    String refreshedMapping(List<Result> results) {
        Map<String, Result> byKey = new LinkedHashMap<>();
        results.forEach(r -> byKey.put(r.row().key(), r));
        StringBuilder out = new StringBuilder();
        for (String line : mappingLines) {
            String[] cells = line.split("\t", -1);
            if (cells.length == 4 && cells[3].trim().equals("missing")) {
                Result r = byKey.get(cells[0] + "\t" + cells[1] + "\t" + cells[2]);
                if (r != null && r.status() == Status.PRESENT) {
                    continue;
                }
                // a parameter of a missing method is missing with it: its own line says nothing more
                Result method = r == null || !cells[1].equals("param") ? null
                        : byKey.get(cells[0] + "\tmethod\t" + r.row().method());
                if (method != null && method.status() == Status.MISSING && method.error() == null) {
                    continue;
                }
            }
            out.append(line).append('\n');
        }
        for (Result r : results) {
            if (r.error() != null && r.error().contains("marks it neither")) {
                out.append(r.row().key()).append("\tmissing\n");
            }
        }
        return out.toString();
    }

    /** docs/python-parity.md. */
    String markdown(List<Result> results) {
        Map<String, List<Result>> byClass = new LinkedHashMap<>();
        results.forEach(r -> byClass.computeIfAbsent(r.row().pythonClass(), k -> new ArrayList<>()).add(r));
        Map<Status, Integer> total = new TreeMap<>();
        results.forEach(r -> total.merge(r.status(), 1, Integer::sum));
        StringBuilder md = new StringBuilder();
        md.append("# Parity with the SageMaker Python SDK\n\n")
                .append("Generated by `PythonParityTest` (examples) from `docs/parity/python-api-*.tsv` (")
                .append(header).append(") and `docs/parity/java-parity.tsv`; do not edit by hand. ")
                .append("How to read and refresh it: [docs/parity/README.md](parity/README.md).\n\n")
                .append("Every public constructor parameter, method, method keyword parameter and property of the ")
                .append("mirrored Python classes is **present** (the Java name and where it is), **not applicable** ")
                .append("(and why) or **missing**.\n\n")
                .append("| Python class | Java class | present | not applicable | missing |\n")
                .append("| --- | --- | ---: | ---: | ---: |\n");
        for (Map.Entry<String, List<Result>> e : byClass.entrySet()) {
            Map<Status, Integer> counts = counts(e.getValue());
            String javaClass = javaClasses.getOrDefault(e.getKey(), "");
            md.append("| [").append(e.getKey()).append("](#").append(e.getKey().toLowerCase(Locale.ROOT))
                    .append(") | `").append(javaClass.substring(javaClass.lastIndexOf('.') + 1)).append("` | ")
                    .append(counts.get(Status.PRESENT)).append(" | ").append(counts.get(Status.NOT_APPLICABLE))
                    .append(" | ").append(counts.get(Status.MISSING)).append(" |\n");
        }
        md.append("| **all** | | **").append(total.getOrDefault(Status.PRESENT, 0)).append("** | **")
                .append(total.getOrDefault(Status.NOT_APPLICABLE, 0)).append("** | **")
                .append(total.getOrDefault(Status.MISSING, 0)).append("** |\n");
        for (Map.Entry<String, List<Result>> e : byClass.entrySet()) {
            Map<Status, Integer> counts = counts(e.getValue());
            md.append("\n## ").append(e.getKey()).append("\n\n")
                    .append("Java: `").append(javaClasses.getOrDefault(e.getKey(), "(none)")).append("`. ")
                    .append(counts.get(Status.PRESENT)).append(" present, ")
                    .append(counts.get(Status.NOT_APPLICABLE)).append(" not applicable, ")
                    .append(counts.get(Status.MISSING)).append(" missing.\n\n")
                    .append("| kind | Python | default | status | Java / reason |\n")
                    .append("| --- | --- | --- | --- | --- |\n");
            for (Result r : e.getValue()) {
                md.append("| ").append(r.row().kind()).append(" | `").append(r.row().name()).append("` | ")
                        .append(r.row().pythonDefault().isEmpty() ? "" : "`" + cell(r.row().pythonDefault()) + "`")
                        .append(" | ").append(switch (r.status()) {
                            case PRESENT -> "present";
                            case NOT_APPLICABLE -> "n/a";
                            case MISSING -> "**missing**";
                        }).append(" | ")
                        .append(r.status() == Status.PRESENT ? "`" + cell(r.detail()) + "`" : cell(r.detail()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static Map<Status, Integer> counts(List<Result> results) {
        Map<Status, Integer> counts = new TreeMap<>();
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("`", "'");
    }
}
