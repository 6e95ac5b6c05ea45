/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The source code of a script-mode job or model, as the Python SDK's {@code git_utils.git_clone_repo} and
 * {@code fw_utils.tar_and_upload_dir} handle it: where {@code entry_point}, {@code source_dir} and
 * {@code dependencies} are, cloned from {@code git_config} (with the {@code git} command line) when given, and
 * their packing into {@code sourcedir.tar.gz}. Shared by the estimators and models of the other modules; a
 * helper of this kit, mirroring no Python class.
 */
public final class SourceCode {
    /** The file name Python's {@code tar_and_upload_dir} uploads. */
    public static final String TAR_NAME = "sourcedir.tar.gz";
    /** The keys {@code git_config} takes, as {@code git_utils.git_clone_repo} reads them. */
    public static final Set<String> GIT_CONFIG_KEYS = Set.of("repo", "branch", "commit", "2FA_enabled", "username",
            "password", "token");
    private static final Pattern HOSTNAME = Pattern.compile("^[a-zA-Z0-9.-]+$");
    private static final long GIT_TIMEOUT_MINUTES = 10;

    private SourceCode() {
    }

    /** Where the code is after {@link #gitClone}: Python's {@code updated_paths}. */
    public record Located(String entryPoint, String sourceDir, List<String> dependencies) {
    }

    /** What {@link #tarAndUpload} uploaded: Python's {@code UploadedCode}. */
    public record Uploaded(String s3Prefix, String scriptName) {
    }

    /**
     * Checks a {@code git_config} as {@code git_utils._validate_git_config} and {@code _sanitize_git_url} do,
     * and also that each key is one {@code git_clone_repo} reads (a misspelt {@code brnach} would otherwise be
     * ignored without a word). Java also takes a {@code file://} URL of a local repository.
     *
     * @param gitConfig the configuration
     * @return a copy, in the given order
     * @throws ValidationException naming the key
     */
    public static Map<String, Object> validateGitConfig(Map<String, ?> gitConfig) {
        if (gitConfig == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : gitConfig.entrySet()) {
            String key = e.getKey();
            if (!GIT_CONFIG_KEYS.contains(key)) {
                throw new ValidationException("gitConfig", key, "is not a key of git_config",
                        "use repo, branch, commit, 2FA_enabled, username, password and token");
            }
            Object value = e.getValue();
            if ("2FA_enabled".equals(key)) {
                if (!(value instanceof Boolean)) {
                    throw new ValidationException("gitConfig[2FA_enabled]", value, "is not a boolean",
                            "pass true or false");
                }
            } else if (!(value instanceof String)) {
                throw new ValidationException("gitConfig[" + key + "]", key.equals("password")
                        || key.equals("token") ? "<redacted>" : value, "must be a string", "pass a string");
            }
            copy.put(key, value);
        }
        if (!copy.containsKey("repo")) {
            throw new ValidationException("gitConfig", null, "has no repo",
                    "give the repository URL, e.g. Map.of(\"repo\", \"https://github.com/org/repo.git\")");
        }
        sanitizeUrl((String) copy.get("repo"));
        return copy;
    }

    private static void sanitizeUrl(String url) {
        long at = url.chars().filter(c -> c == '@').count();
        if (url.startsWith("git@")) {
            if (at != 1) {
                throw new ValidationException("gitConfig[repo]", redact(url), "must have exactly one @ (git@ URL)",
                        "write git@host:org/repo.git");
            }
        } else if (url.startsWith("ssh://")) {
            if (at > 1) {
                throw new ValidationException("gitConfig[repo]", redact(url), "has more than one @",
                        "write ssh://user@host/org/repo.git");
            }
        } else if (url.startsWith("https://") || url.startsWith("http://")) {
            if (at > 1) {
                throw new ValidationException("gitConfig[repo]", redact(url), "has more than one @",
                        "write https://host/org/repo.git");
            }
            for (char c : "<>[]{}\\^`|".toCharArray()) {
                if (url.indexOf(c) >= 0) {
                    throw new ValidationException("gitConfig[repo]", redact(url), "has the character '" + c + "'",
                            "give a plain repository URL");
                }
            }
            String rest = url.substring(url.indexOf("://") + 3);
            String authority = rest.split("[/?#]", 2)[0];
            String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
            String lower = host.toLowerCase(java.util.Locale.ROOT);
            for (String encoded : List.of("%25", "%40", "%2f", "%3a")) {
                if (lower.contains(encoded)) {
                    throw new ValidationException("gitConfig[repo]", redact(url), "has URL-encoded " + encoded
                            + " in its host name", "give the host name plainly");
                }
            }
            if (!host.isEmpty() && !HOSTNAME.matcher(host).matches()) {
                throw new ValidationException("gitConfig[repo]", redact(url), "has invalid characters in its host name",
                        "give a plain host name");
            }
        } else if (!url.startsWith("file://")) {
            throw new ValidationException("gitConfig[repo]", redact(url), "is not an https://, http://, git@, ssh://"
                    + " or (Java only) file:// URL", "give the repository's clone URL");
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(https?://)([^@/]+)@", "$1<credentials-redacted>@");
    }

    /**
     * Clones the repository of a validated {@code git_config} into a new temporary folder and checks out its
     * {@code branch} and {@code commit}, as {@code git_utils.git_clone_repo}: {@code git clone}, then
     * {@code git checkout <branch>}, {@code git checkout <commit>}; credentials go into https URLs as Python
     * puts them (a token first, else user name and password unless 2FA is enabled), and no terminal prompt is
     * allowed. The paths are then those inside the clone, each checked to exist.
     *
     * @param gitConfig    a validated configuration
     * @param entryPoint   the entry point, relative to the repository (or to {@code sourceDir})
     * @param sourceDir    the source folder in the repository, or {@code null}
     * @param dependencies folders in the repository, or {@code null}
     * @return the paths in the clone
     * @throws ValidationException when the entry point is missing, git fails, or a path is not in the repository
     */
    public static Located gitClone(Map<String, Object> gitConfig, String entryPoint, String sourceDir,
                                  List<String> dependencies) {
        if (entryPoint == null) {
            throw new ValidationException("entryPoint", null, "is missing (git_config needs one)",
                    "give the script's path in the repository");
        }
        Path dest;
        try {
            dest = Files.createTempDirectory("sagemaker4j-git-");
        } catch (IOException e) {
            throw new StorageException("git clone", "could not create a temporary folder", true, e);
        }
        String repo = (String) gitConfig.get("repo");
        String url = repo;
        boolean twoFactor = Boolean.TRUE.equals(gitConfig.get("2FA_enabled"));
        boolean codeCommit = repo.startsWith("https://git-codecommit");
        if (repo.startsWith("https://")) {
            String token = codeCommit ? null : (String) gitConfig.get("token");
            String user = (String) gitConfig.get("username");
            String password = (String) gitConfig.get("password");
            if (token != null) {
                url = url.indexOf(token) == "https://".length() ? url : url.replace("https://", "https://" + token + "@");
            } else if (!twoFactor && user != null && password != null) {
                String quoted = URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
                url = "https://" + user + ":" + quoted + "@" + url.substring("https://".length());
            }
        }
        run(List.of("git", "clone", "--", url, dest.toString()), null, redact(url));
        if (gitConfig.containsKey("branch")) {
            run(List.of("git", "checkout", (String) gitConfig.get("branch"), "--"), dest, repo);
        }
        if (gitConfig.containsKey("commit")) {
            run(List.of("git", "checkout", (String) gitConfig.get("commit"), "--"), dest, repo);
        }
        String newEntry = entryPoint;
        String newSource = sourceDir;
        if (sourceDir != null) {
            Path dir = dest.resolve(sourceDir).normalize();
            if (!dir.startsWith(dest) || !Files.isDirectory(dir)) {
                throw new ValidationException("sourceDir", sourceDir, "does not exist in the repo " + repo,
                        "give a folder of the repository, relative to its root");
            }
            if (!Files.isRegularFile(dir.resolve(entryPoint))) {
                throw new ValidationException("entryPoint", entryPoint, "does not exist in the repo " + repo
                        + " (under " + sourceDir + ")", "give a file of the source folder");
            }
            newSource = dir.toString();
        } else {
            Path file = dest.resolve(entryPoint).normalize();
            if (!file.startsWith(dest) || !Files.isRegularFile(file)) {
                throw new ValidationException("entryPoint", entryPoint, "does not exist in the repo " + repo,
                        "give a file of the repository, relative to its root");
            }
            newEntry = file.toString();
        }
        List<String> newDependencies = null;
        if (dependencies != null) {
            newDependencies = new ArrayList<>();
            for (String d : dependencies) {
                Path p = dest.resolve(d).normalize();
                if (!p.startsWith(dest) || !Files.exists(p)) {
                    throw new ValidationException("dependencies", d, "does not exist in the repo " + repo,
                            "give paths of the repository, relative to its root");
                }
                newDependencies.add(p.toString());
            }
        }
        return new Located(newEntry, newSource, newDependencies);
    }

    private static void run(List<String> command, Path dir, String shownUrl) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        String shown = String.join(" ", command.subList(0, 2)) + " " + shownUrl;
        try {
            Process p = pb.start();
            byte[] output;
            try (InputStream in = p.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!p.waitFor(GIT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new ValidationException("gitConfig", shownUrl, "timed out in: " + shown,
                        "check that the repository is reachable without a prompt");
            }
            if (p.exitValue() != 0) {
                String text = new String(output, StandardCharsets.UTF_8).replace(
                        command.size() > 3 ? command.get(3) : "\u0000", shownUrl).strip();
                throw new ValidationException("gitConfig", shownUrl, "failed: " + shown + " exited with "
                        + p.exitValue() + (text.isEmpty() ? "" : ": " + text),
                        "check the repository URL, branch, commit and credentials");
            }
        } catch (IOException e) {
            throw new ValidationException("gitConfig", shownUrl, "could not run git: " + e.getMessage(),
                    "install the git command line (git_config clones with it, as the Python SDK does)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ValidationException("gitConfig", shownUrl, "was interrupted", "try again");
        }
    }

    /**
     * Checks that the entry point is a file of the source folder, as {@code fw_utils.validate_source_dir}.
     *
     * @param entryPoint the script, relative to {@code sourceDir}
     * @param sourceDir  a local folder
     * @throws ValidationException when it is not there
     */
    public static void validateSourceDir(String entryPoint, String sourceDir) {
        if (sourceDir != null && entryPoint != null && !Files.isRegularFile(Paths.get(sourceDir).resolve(entryPoint))) {
            throw new ValidationException("entryPoint", entryPoint, "is not a file in sourceDir " + sourceDir,
                    "give the script's path relative to sourceDir");
        }
    }

    /**
     * Packs and uploads the code, as {@code fw_utils.tar_and_upload_dir}: a {@code sourceDir} that is an
     * {@code s3://} URI is used as it is; otherwise the source folder's entries (or, without one, the entry
     * point file) and each dependency (under its own name) go to the top of {@code sourcedir.tar.gz}, uploaded
     * by {@code upload}.
     *
     * @param upload       uploads the packed {@code sourcedir.tar.gz} (e.g. with {@code Session.uploadData}) and
     *                     returns its S3 URI
     * @param entryPoint   the entry point (a path; relative to {@code sourceDir} when that is given)
     * @param sourceDir    a local folder or an {@code s3://} URI, or {@code null}
     * @param dependencies local files or folders, or {@code null}
     * @return the S3 URI of the archive and the script's name in it
     */
    public static Uploaded tarAndUpload(Function<Path, String> upload, String entryPoint, String sourceDir,
                                        List<String> dependencies) {
        return tarAndUpload(upload, entryPoint, sourceDir, dependencies, true);
    }

    /**
     * Packs and uploads the code as {@link #tarAndUpload(Function, String, String, List)} does, for an entry point
     * that may not be a file: a Java entry point is a class in the jars of {@code sourceDir} and
     * {@code dependencies}, so only those are packed and the class name is the program.
     *
     * @param upload        uploads the packed {@code sourcedir.tar.gz} and returns its S3 URI
     * @param entryPoint    the entry point: a path, or a program name when {@code entryPointIsFile} is false
     * @param sourceDir     a local folder or an {@code s3://} URI, or {@code null}
     * @param dependencies  local files or folders, or {@code null}
     * @param entryPointIsFile whether the entry point is a file to pack (Python's scripts) or only a name
     * @return the S3 URI of the archive and the program's name
     */
    public static Uploaded tarAndUpload(Function<Path, String> upload, String entryPoint, String sourceDir,
                                        List<String> dependencies, boolean entryPointIsFile) {
        if (sourceDir != null && sourceDir.toLowerCase(java.util.Locale.ROOT).startsWith("s3://")) {
            return new Uploaded(sourceDir, entryPoint);
        }
        String scriptName = sourceDir != null || !entryPointIsFile ? entryPoint
                : Paths.get(entryPoint).getFileName().toString();
        List<Path> files = new ArrayList<>();
        if (sourceDir == null) {
            if (entryPointIsFile) {
                files.add(Paths.get(entryPoint));
            }
            // else a program name only: the code is the dependencies'
        } else {
            try (Stream<Path> list = Files.list(Paths.get(sourceDir))) {
                list.sorted().forEach(files::add);
            } catch (IOException e) {
                throw new ValidationException("sourceDir", sourceDir, "could not be listed: " + e.getMessage(),
                        "give an existing folder");
            }
        }
        if (dependencies != null) {
            for (String d : dependencies) {
                Path p = Paths.get(d);
                if (!Files.exists(p)) {
                    throw new ValidationException("dependencies", d, "does not exist", "give existing paths");
                }
                files.add(p);
            }
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("sagemaker4j-sourcedir-");
            Path staging = Files.createDirectory(tmp.resolve("staging"));
            for (Path f : files) {
                if (!Files.exists(f)) {
                    throw new ValidationException("entryPoint", f, "does not exist", "give an existing file");
                }
                copy(f, staging.resolve(f.getFileName().toString()));
            }
            Path packed = Files.createDirectory(tmp.resolve("upload"));
            Tarballs.pack(staging, packed.resolve(TAR_NAME));
            String uri = upload.apply(packed.resolve(TAR_NAME));
            return new Uploaded(uri, scriptName);
        } catch (IOException e) {
            throw new StorageException(TAR_NAME, "could not be written", true, e);
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        if (Files.isDirectory(source)) {
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temporary file
                }
            });
        } catch (IOException e) {
            // a leftover temporary folder
        }
    }
}
