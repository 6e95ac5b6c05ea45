/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.experiments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.experiments.internal.Curves;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.ExperimentsApi;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import dev.sagemaker4j.spi.SageMakerMetricsApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.spi.TransformJobsApi;
import dev.sagemaker4j.utils.Names;
import dev.sagemaker4j.utils.RunContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.AddAssociationRequest;
import software.amazon.awssdk.services.sagemaker.model.AssociateTrialComponentRequest;
import software.amazon.awssdk.services.sagemaker.model.AssociationEdgeType;
import software.amazon.awssdk.services.sagemaker.model.CreateArtifactRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateExperimentRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrialComponentRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrialRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeExperimentRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrialComponentRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrialComponentResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrialRequest;
import software.amazon.awssdk.services.sagemaker.model.ExperimentConfig;
import software.amazon.awssdk.services.sagemaker.model.Filter;
import software.amazon.awssdk.services.sagemaker.model.ListTrialComponentsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrialComponentsResponse;
import software.amazon.awssdk.services.sagemaker.model.SearchExpression;
import software.amazon.awssdk.services.sagemaker.model.SearchRequest;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentArtifact;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentParameterValue;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentStatus;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentSummary;
import software.amazon.awssdk.services.sagemaker.model.UpdateTrialComponentRequest;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsRequest;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsResponse;
import software.amazon.awssdk.services.sagemakermetrics.model.RawMetricData;

/**
 * An experiment run, as Python's {@code sagemaker.experiments.Run}: a trial component named
 * {@code <experiment>-<run>} in the experiment's run group (the trial {@code Default-Run-Group-<experiment>}),
 * holding the parameters, metrics and artifacts it logs. Building a run creates (or loads) the experiment and the
 * run group, creates the run's trial component and opens it ({@code with Run(...)} in Python); {@link #close()}
 * ends it, sending the parameters, artifacts, status and times (UpdateTrialComponent) and the metrics not yet sent
 * (BatchPutMetrics, to the {@code sagemaker-metrics} service).
 *
 * <p>While a run is open it is the current run of its thread ({@link #current()}, Python's run context): an
 * estimator's {@code fit}, a processor's {@code run} and a transformer's {@code transform} on that thread send the
 * run's {@link #experimentConfig()} (read from {@link RunContext}), so the job joins the run's experiment, as in
 * Python. The code of a job started in a run loads that run with {@link #load()}.
 *
 * <pre>{@code
 * try (Run run = Run.builder().experimentName("churn").runName("lr-0-1").session(session).build()) {
 *     run.logParameter("eta", 0.1);
 *     run.logMetric("validation:auc", 0.93, m -> m.step(10));
 *     estimator.fit(inputs);                                   // the training job joins the run's experiment
 *     estimator.fit(inputs, f -> f.experimentConfig(run.experimentConfig()));   // the same, explicitly
 *     run.logConfusionMatrix(yTrue, yPred, o -> o.title("confusion"));
 * }
 * ExperimentAnalytics.of("churn", session).dataframe();
 * }</pre>
 *
 * <p>Unlike Python, which loads an existing run when its name is reused, building a run whose name the
 * experiment already has is refused (a {@link ValidationException} naming {@code runName}, before anything of the
 * run is written): a reused name is almost always a copy-paste slip that would mix two runs' metrics. Load an
 * existing run on purpose with {@link #load(String, String, Session)}. A run is not thread-safe; it owns no
 * resources beyond the buffered metrics that {@link #close()} sends.
 */
public final class Run implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Run.class);
    private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();
    /** Python's {@code TRIAL_NAME_TEMPLATE}. */
    static final String TRIAL_NAME_TEMPLATE = "Default-Run-Group-%s";
    static final int MAX_NAME_LEN_IN_BACKEND = 120;
    static final int MAX_RUN_TC_ARTIFACTS_LEN = 30;
    static final int MAX_STATUS_MESSAGE_LEN = 1024;
    static final String DEFAULT_ARTIFACT_PREFIX = "trial-component-artifacts";
    /** The tag Python puts on a run's trial component. */
    static final Tag RUN_TC_TAG = Tag.builder().key("sagemaker:trial-component-source").value("run").build();
    private static final int METRICS_BATCH_SIZE = 10;

    private final Session session;
    private final String experimentName;
    private final String runName;
    private final String runGroupName;
    private final String trialComponentName;
    private final String trialComponentArn;
    private final String displayName;
    private final String artifactBucket;
    private final String artifactPrefix;
    private final Map<String, TrialComponentParameterValue> parameters = new TreeMap<>();
    private final Map<String, TrialComponentArtifact> inputArtifacts = new TreeMap<>();
    private final Map<String, TrialComponentArtifact> outputArtifacts = new TreeMap<>();
    private final List<RawMetricData> pendingMetrics = new ArrayList<>();
    private final List<String[]> graphArtifacts = new ArrayList<>();
    private Instant startTime;
    private final Run previous;
    private RunContext.Scope bound;
    private boolean open;

    private Run(Builder b, boolean load) {
        this(b, load, false);
    }

    /** {@code listed}: loaded as Python's list_runs returns runs, not opened (logging to it needs load). */
    private Run(Builder b, boolean load, boolean listed) {
        this.previous = listed ? null : CURRENT.get();
        if (!load && previous != null) {
            // as Python: "It is not allowed to use nested 'with' statements on the Run."
            throw new IllegalStateException("It is not allowed to open a Run while another (" + previous.runName
                    + " of " + previous.experimentName + ") is open on this thread; close it first");
        }
        this.session = Objects.requireNonNull(b.session, "session");
        if (b.experimentName == null || b.experimentName.isEmpty()) {
            throw new ValidationException("experimentName", b.experimentName, "is required",
                    "name the experiment, e.g. Run.builder().experimentName(\"churn\")");
        }
        // as Python: names are lower-cased, the backend matches them so
        this.experimentName = b.experimentName.toLowerCase(Locale.ROOT);
        this.runName = (b.runName != null ? b.runName : Names.nameFromBase("sagemaker-run"))
                .toLowerCase(Locale.ROOT);
        int maxLen = MAX_NAME_LEN_IN_BACKEND / 2 - 1;
        if (runName.length() > maxLen) {
            throw new ValidationException("runName", runName, "is " + runName.length()
                    + " characters long; it must have length less than or equal to " + maxLen,
                    "shorten it: the run's trial component is named <experiment>-<run>, at most 120 characters");
        }
        if (experimentName.length() > maxLen) {
            throw new ValidationException("experimentName", experimentName, "is " + experimentName.length()
                    + " characters long; it must have length less than or equal to " + maxLen,
                    "shorten it: the run's trial component is named <experiment>-<run>, at most 120 characters");
        }
        this.trialComponentName = experimentName + "-" + runName;
        this.runGroupName = String.format(TRIAL_NAME_TEMPLATE,
                experimentName.substring(0, Math.min(experimentName.length(),
                        MAX_NAME_LEN_IN_BACKEND - TRIAL_NAME_TEMPLATE.length() + 2)));
        this.artifactBucket = b.artifactBucket;
        this.artifactPrefix = b.artifactPrefix == null ? DEFAULT_ARTIFACT_PREFIX : b.artifactPrefix;
        ExperimentsApi api = session.api(ExperimentsApi.CAPABILITY);
        if (load) {
            api.describeExperiment(DescribeExperimentRequest.builder().experimentName(experimentName).build());
            DescribeTrialComponentResponse tc;
            try {
                tc = api.describeTrialComponent(DescribeTrialComponentRequest.builder()
                        .trialComponentName(trialComponentName).build());
            } catch (ResourceNotFoundException e) {
                throw new ResourceNotFoundException("run", runName, "experiment " + experimentName + " has no run"
                        + " of that name (trial component " + trialComponentName + "); start it with"
                        + " Run.builder().experimentName(...).runName(...)", e);
            }
            this.trialComponentArn = tc.trialComponentArn();
            this.displayName = tc.displayName();
            this.startTime = tc.startTime();
            if (tc.hasParameters()) {
                parameters.putAll(tc.parameters());
            }
            if (tc.hasInputArtifacts()) {
                inputArtifacts.putAll(tc.inputArtifacts());
            }
            if (tc.hasOutputArtifacts()) {
                outputArtifacts.putAll(tc.outputArtifacts());
            }
        } else {
            List<Tag> tags = b.tags;
            loadOrCreateExperiment(api, b.experimentDisplayName, tags);
            loadOrCreateTrial(api, tags);
            List<Tag> tcTags = new ArrayList<>(tags == null ? List.of() : tags);
            if (!tcTags.contains(RUN_TC_TAG)) {
                tcTags.add(RUN_TC_TAG);
            }
            String created;
            try {
                created = api.createTrialComponent(CreateTrialComponentRequest.builder()
                        .trialComponentName(trialComponentName).displayName(b.runDisplayName).tags(tcTags).build())
                        .trialComponentArn();
            } catch (ValidationException e) {
                if (!alreadyExists(e)) {
                    throw e;
                }
                throw new ValidationException("runName", runName, "is already a run of experiment "
                        + experimentName + " (trial component " + trialComponentName + ")",
                        "choose another run name, or load the run on purpose with Run.load(runName,"
                        + " experimentName, session)", e);
            }
            this.trialComponentArn = created;
            this.displayName = b.runDisplayName;
        }
        if (listed) {
            return;
        }
        if (!associated(api)) {
            api.associateTrialComponent(AssociateTrialComponentRequest.builder().trialName(runGroupName)
                    .trialComponentName(trialComponentName).build());
        }
        enter();
    }

    /**
     * A new builder; its methods are Python's constructor keywords.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a run, as Python's {@code Run(experiment_name, run_name, sagemaker_session=session)}.
     *
     * @param experimentName the experiment (created when missing)
     * @param runName        the run's name, new in the experiment
     * @param session        the session
     * @return the open run
     * @throws ValidationException naming {@code runName} when the experiment already has a run of that name
     */
    public static Run create(String experimentName, String runName, Session session) {
        return builder().experimentName(experimentName).runName(runName).session(session).build();
    }

    /**
     * Loads an existing run to log more to it, as Python's {@code load_run(run_name, experiment_name)}: it becomes
     * the current run of this thread unless one is open already. Close it when done.
     *
     * @param runName        the run
     * @param experimentName its experiment
     * @param session        the session
     * @return the open run
     * @throws ResourceNotFoundException when the experiment or the run does not exist
     */
    public static Run load(String runName, String experimentName, Session session) {
        if (runName == null || experimentName == null) {
            throw new ValidationException(runName == null ? "runName" : "experimentName", null, "is required",
                    "give both run_name and experiment_name, as Python's load_run requires, or call Run.load()"
                            + " inside an open run");
        }
        return new Run(builder().experimentName(experimentName).runName(runName).session(session), true);
    }

    /**
     * Loads a run as Python's {@code load_run()} without arguments: the run open on this thread (inside a run
     * context), else the run of the job whose code runs on this thread, from the job's {@code ExperimentConfig}
     * (a training entry point or processing script the local backend runs, with the session that started the job;
     * in a SageMaker container, see {@link #load(Consumer)} with a session). Close it when done.
     *
     * <pre>{@code
     * public void process(ProcessingEnvironment env) throws Exception {   // a JavaProcessor's script
     *     try (Run run = Run.load()) {                                    // the run the job was started in
     *         run.logMetric("rows", rows);
     *     }
     * }
     * }</pre>
     *
     * @return the run
     * @throws ValidationException when no run is open on this thread and no job (with a run) runs on it
     */
    public static Run load() {
        return load(LoadRunOptions.builder().build());
    }

    /**
     * Loads a run with Python's {@code load_run} keywords ({@code run_name}, {@code experiment_name},
     * {@code sagemaker_session}, {@code artifact_bucket}, {@code artifact_prefix}, {@code tags}).
     *
     * @param options e.g. {@code l -> l.sagemakerSession(session)}
     * @return the run
     */
    public static Run load(Consumer<LoadRunOptions.Builder> options) {
        LoadRunOptions.Builder b = LoadRunOptions.builder();
        options.accept(b);
        return load(b.build());
    }

    /**
     * Loads a run with kept options, as Python's {@code load_run}: given names win over the run context and the
     * job environment; else the run open on this thread; else the job's run.
     *
     * @param options the options
     * @return the run
     * @throws ValidationException when {@code runName} is given without {@code experimentName}, or there is no
     *                             run to load
     */
    public static Run load(LoadRunOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.runName() == null && options.experimentName() != null) {
            LOG.warn("No run_name is supplied. Ignoring the provided experiment_name since it only takes effect"
                    + " along with run_name. Will load the Run object from the job environment or current Run"
                    + " context.");
        }
        if (options.runName() != null && options.experimentName() == null) {
            throw new ValidationException("experimentName", null, "is missing when runName is supplied",
                    "supply a valid experimentName when the runName is not null");
        }
        if (options.runName() != null) {
            return new Run(options.toRunBuilder(options.runName(), options.experimentName(),
                    requireSession(options.sagemakerSession())), true);
        }
        Optional<Run> current = current();
        if (current.isPresent()) {
            return current.get();
        }
        Optional<RunContext.Job> job = RunContext.currentJob();
        if (job.isEmpty()) {
            throw new ValidationException("runName", null, "is required: no run is open on this thread and no job"
                    + " runs on it", "open a run first (try (Run run = Run.builder()...build())), call"
                    + " Run.load(runName, experimentName, session), or call Run.load() in the code of a job started"
                    + " in a run");
        }
        Session session = options.sagemakerSession() != null ? options.sagemakerSession()
                : RunContext.sessionOf(job.get()).orElseThrow(() -> new ValidationException("sagemakerSession",
                        null, "is required: job " + job.get().jobName() + " was not started by a session of this"
                        + " JVM", "pass it: Run.load(l -> l.sagemakerSession(session))"));
        ExperimentConfig config = jobExperimentConfig(job.get(), session);
        if (config == null || config.runName() == null || config.experimentName() == null) {
            throw new ValidationException("ExperimentConfig.RunName", null, "Not able to fetch RunName in"
                    + " ExperimentConfig of the sagemaker job " + job.get().jobName(), "Please make sure the"
                    + " ExperimentConfig is correctly set: start the job inside a Run, or with"
                    + " experimentConfig(run.experimentConfig())");
        }
        String experiment = config.experimentName();
        // as Python's _extract_run_name_from_tc_name
        String prefix = experiment.toLowerCase(Locale.ROOT) + "-";
        String runName = config.runName().startsWith(prefix) ? config.runName().substring(prefix.length())
                : config.runName();
        return new Run(options.toRunBuilder(runName, experiment, session), true);
    }

    private static Session requireSession(Session session) {
        if (session == null) {
            throw new ValidationException("sagemakerSession", null, "is required with runName",
                    "pass it: Run.load(l -> l.runName(..).experimentName(..).sagemakerSession(session))");
        }
        return session;
    }

    /** Python's get_tc_and_exp_config_from_job_env: the job's description's ExperimentConfig. */
    private static ExperimentConfig jobExperimentConfig(RunContext.Job job, Session session) {
        String name = job.jobName();
        switch (job.sourceType()) {
            case "SageMakerTrainingJob":
                return session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(DescribeTrainingJobRequest
                        .builder().trainingJobName(name).build()).experimentConfig();
            case "SageMakerProcessingJob":
                return session.api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(
                        DescribeProcessingJobRequest.builder().processingJobName(name).build()).experimentConfig();
            default:
                return session.api(TransformJobsApi.CAPABILITY).describeTransformJob(DescribeTransformJobRequest
                        .builder().transformJobName(name).build()).experimentConfig();
        }
    }

    /**
     * The runs of an experiment, newest first, as Python's {@code list_runs(experiment_name)}: the trial
     * components of the experiment that a {@code Run} made (tagged {@code sagemaker:trial-component-source: run};
     * jobs' components are left out). The runs are loaded, not opened: read them, or open one with
     * {@link #load(String, String, Session)} to log more.
     *
     * @param experimentName the experiment
     * @param session        the session
     * @return the runs
     */
    public static List<Run> listRuns(String experimentName, Session session) {
        return listRuns(experimentName, session, ListRunsOptions.builder().build());
    }

    /**
     * The runs of an experiment with Python's {@code list_runs} keywords ({@code created_before},
     * {@code created_after}, {@code max_results}, {@code next_token}, {@code sort_by}, {@code sort_order}).
     *
     * @param experimentName the experiment
     * @param session        the session
     * @param options        e.g. {@code l -> l.sortBy("Name").sortOrder("Ascending")}
     * @return the runs
     */
    public static List<Run> listRuns(String experimentName, Session session,
            Consumer<ListRunsOptions.Builder> options) {
        ListRunsOptions.Builder b = ListRunsOptions.builder();
        options.accept(b);
        return listRuns(experimentName, session, b.build());
    }

    /**
     * The runs of an experiment with kept options.
     *
     * @param experimentName the experiment
     * @param session        the session
     * @param options        the options
     * @return the runs
     * @throws ValidationException for a sortBy or sortOrder the service does not take
     * @throws ResourceNotFoundException when the experiment does not exist
     */
    public static List<Run> listRuns(String experimentName, Session session, ListRunsOptions options) {
        Objects.requireNonNull(experimentName, "experimentName");
        Objects.requireNonNull(session, "session");
        ExperimentsApi api = session.api(ExperimentsApi.CAPABILITY);
        String experiment = experimentName.toLowerCase(Locale.ROOT);
        List<Run> runs = new ArrayList<>();
        String token = options.nextToken();
        do {
            ListTrialComponentsResponse page = api.listTrialComponents(ListTrialComponentsRequest.builder()
                    .experimentName(experiment).createdBefore(options.createdBefore())
                    .createdAfter(options.createdAfter()).sortBy(options.sortBy()).sortOrder(options.sortOrder())
                    .maxResults(options.maxResults()).nextToken(token).build());
            for (TrialComponentSummary summary : page.trialComponentSummaries()) {
                if (options.maxResults() != null && runs.size() >= options.maxResults()) {
                    return runs;
                }
                if (!isRunTrialComponent(api, summary.trialComponentName())) {
                    continue;
                }
                String prefix = experiment + "-";
                String name = summary.trialComponentName();
                runs.add(new Run(builder().experimentName(experiment).runName(name.startsWith(prefix)
                        ? name.substring(prefix.length()) : name).session(session), true, true));
            }
            token = page.nextToken();
        } while (token != null && (options.maxResults() == null || runs.size() < options.maxResults()));
        return runs;
    }

    /** Python's is_run_trial_component: the component carries the run tag. */
    private static boolean isRunTrialComponent(ExperimentsApi api, String trialComponentName) {
        var found = api.search(SearchRequest.builder().resource("ExperimentTrialComponent").maxResults(1)
                .searchExpression(SearchExpression.builder().filters(Filter.builder().name("TrialComponentName")
                        .operator("Equals").value(trialComponentName).build()).build()).build());
        return found.hasResults() && !found.results().isEmpty() && found.results().get(0).trialComponent() != null
                && found.results().get(0).trialComponent().hasTags()
                && found.results().get(0).trialComponent().tags().contains(RUN_TC_TAG);
    }

    /**
     * The run open on this thread, if any: what an estimator's {@code fit} on this thread joins.
     *
     * @return the run
     */
    public static Optional<Run> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    private static boolean alreadyExists(RuntimeException e) {
        return e.getMessage() != null && e.getMessage().contains("already exists");
    }

    private void loadOrCreateExperiment(ExperimentsApi api, String experimentDisplayName, List<Tag> tags) {
        try {
            api.createExperiment(CreateExperimentRequest.builder().experimentName(experimentName)
                    .displayName(experimentDisplayName).tags(tags).build());
        } catch (ValidationException e) {
            if (!alreadyExists(e)) {
                throw e;
            }
            api.describeExperiment(DescribeExperimentRequest.builder().experimentName(experimentName).build());
        }
    }

    private void loadOrCreateTrial(ExperimentsApi api, List<Tag> tags) {
        try {
            api.createTrial(CreateTrialRequest.builder().trialName(runGroupName).experimentName(experimentName)
                    .tags(tags).build());
        } catch (ValidationException e) {
            if (!alreadyExists(e)) {
                throw e;
            }
            api.describeTrial(DescribeTrialRequest.builder().trialName(runGroupName).build());
        }
    }

    /** Python's {@code _trial_component_is_associated_to_trial}: a Search of the component in the run group. */
    private boolean associated(ExperimentsApi api) {
        var found = api.search(SearchRequest.builder().resource("ExperimentTrialComponent")
                .searchExpression(SearchExpression.builder().filters(Filter.builder().name("TrialComponentName")
                        .operator("Equals").value(trialComponentName).build(), Filter.builder()
                        .name("Parents.TrialName").operator("Equals").value(runGroupName).build()).build())
                .build());
        return found.hasResults() && !found.results().isEmpty();
    }

    private void enter() {
        if (startTime == null) {
            startTime = Instant.now();
        }
        save(TrialComponentStatus.builder().primaryStatus("InProgress").message("Within a run context").build(),
                null);
        open = true;
        if (CURRENT.get() == null) {
            CURRENT.set(this);
            // what fit, run and transform on this thread read, as Python's _RunContext
            bound = RunContext.bind(experimentConfig());
        }
    }

    /**
     * The experiment config a job started in this run sends, as Python's {@code Run.experiment_config}:
     * {@code ExperimentName}, {@code TrialName} (the run group) and {@code RunName} (the run's trial component).
     *
     * @return the config
     */
    public ExperimentConfig experimentConfig() {
        return ExperimentConfig.builder().experimentName(experimentName).trialName(runGroupName)
                .runName(trialComponentName).build();
    }

    /**
     * The experiment's name (lower-cased, as Python keeps it).
     *
     * @return the name
     */
    public String experimentName() {
        return experimentName;
    }

    /**
     * The run's name (lower-cased, as Python keeps it).
     *
     * @return the name
     */
    public String runName() {
        return runName;
    }

    /**
     * The run group: the trial that holds the experiment's runs ({@code Default-Run-Group-<experiment>}).
     *
     * @return the trial name
     */
    public String runGroupName() {
        return runGroupName;
    }

    /**
     * The run's trial component name, {@code <experiment>-<run>}.
     *
     * @return the name
     */
    public String trialComponentName() {
        return trialComponentName;
    }

    /**
     * The run's trial component ARN.
     *
     * @return the ARN
     */
    public String trialComponentArn() {
        return trialComponentArn;
    }

    private void requireOpen(String method) {
        if (!open) {
            throw new IllegalStateException(method + " must be called while the run is open (Python: inside the"
                    + " 'with' block); this run was closed");
        }
    }

    // ---------------------------------------------------------------- parameters

    /**
     * Records a parameter, replacing an earlier value of the same name, as Python's {@code log_parameter}.
     *
     * @param name  the parameter
     * @param value its value
     */
    public void logParameter(String name, String value) {
        requireOpen("logParameter");
        parameters.put(requireName("name", name), TrialComponentParameterValue.builder().stringValue(
                Objects.requireNonNull(value, "value")).build());
    }

    /**
     * Records a numeric parameter, as Python's {@code log_parameter}; NaN and infinite values are skipped with a
     * warning, as Python skips them.
     *
     * @param name  the parameter
     * @param value its value
     */
    public void logParameter(String name, Number value) {
        requireOpen("logParameter");
        requireName("name", name);
        double d = Objects.requireNonNull(value, "value").doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            LOG.warn("Failed to log parameter {}. Received invalid value: {}.", name, value);
            return;
        }
        parameters.put(name, TrialComponentParameterValue.builder().numberValue(d).build());
    }

    /**
     * Records several parameters, as Python's {@code log_parameters}: each value a {@link String} or a
     * {@link Number}.
     *
     * @param parameters name to value
     * @throws ValidationException naming the parameter whose value is neither
     */
    public void logParameters(Map<String, ?> parameters) {
        requireOpen("logParameters");
        for (Map.Entry<String, ?> e : parameters.entrySet()) {
            if (e.getValue() instanceof Number) {
                logParameter(e.getKey(), (Number) e.getValue());
            } else if (e.getValue() instanceof String) {
                logParameter(e.getKey(), (String) e.getValue());
            } else {
                throw new ValidationException("parameters." + e.getKey(), e.getValue(), "is neither a string nor"
                        + " a number", "log strings, ints or floats, as Python's log_parameters takes");
            }
        }
    }

    // ---------------------------------------------------------------- metrics

    /**
     * Records a metric value at the current time, as Python's {@code log_metric(name, value)}.
     *
     * @param name  the metric
     * @param value the value
     */
    public void logMetric(String name, double value) {
        logMetric(name, value, LogMetricOptions.builder().build());
    }

    /**
     * Records a metric value at a time, as Python's {@code log_metric(name, value, timestamp)}.
     *
     * @param name      the metric
     * @param value     the value
     * @param timestamp when it was measured: within the last two weeks and the next two hours
     */
    public void logMetric(String name, double value, Instant timestamp) {
        logMetric(name, value, LogMetricOptions.builder().timestamp(timestamp).build());
    }

    /**
     * Records a metric value with Python's keywords ({@code timestamp}, {@code step}).
     *
     * @param name    the metric
     * @param value   the value
     * @param options e.g. {@code m -> m.step(10)}
     */
    public void logMetric(String name, double value, Consumer<LogMetricOptions.Builder> options) {
        LogMetricOptions.Builder b = LogMetricOptions.builder();
        options.accept(b);
        logMetric(name, value, b.build());
    }

    /**
     * Records a metric value with kept options. NaN and infinite values are skipped with a warning, as Python
     * skips them; values are sent to the {@code sagemaker-metrics} service in batches of ten, the last ones when
     * the run closes.
     *
     * @param name    the metric
     * @param value   the value
     * @param options the options
     * @throws ValidationException when the timestamp is more than two weeks old or more than two hours ahead
     */
    public void logMetric(String name, double value, LogMetricOptions options) {
        requireOpen("logMetric");
        requireName("name", name);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            LOG.warn("Failed to log metric {}. Received invalid value: {}.", name, value);
            return;
        }
        Instant now = Instant.now();
        Instant at = options.timestamp() == null ? now : options.timestamp();
        if (at.isBefore(now.minus(Duration.ofDays(14))) || at.isAfter(now.plus(Duration.ofHours(2)))) {
            throw new ValidationException("timestamp", at, "is not within two weeks before and two hours from"
                    + " now", "Timestamps must be between two weeks before and two hours from now");
        }
        // as Python's _RawMetricData: the request carries whole seconds
        pendingMetrics.add(RawMetricData.builder().metricName(name).value(value)
                .timestamp(Instant.ofEpochSecond(at.getEpochSecond())).step(options.step()).build());
        if (pendingMetrics.size() >= METRICS_BATCH_SIZE) {
            flushMetrics();
        }
    }

    private void flushMetrics() {
        SageMakerMetricsApi metrics = session.api(SageMakerMetricsApi.CAPABILITY);
        while (!pendingMetrics.isEmpty()) {
            List<RawMetricData> batch = new ArrayList<>(pendingMetrics.subList(0,
                    Math.min(METRICS_BATCH_SIZE, pendingMetrics.size())));
            BatchPutMetricsResponse response = metrics.batchPutMetrics(BatchPutMetricsRequest.builder()
                    .trialComponentName(trialComponentName.toLowerCase(Locale.ROOT)).metricData(batch).build());
            pendingMetrics.subList(0, batch.size()).clear();
            if (response.hasErrors() && !response.errors().isEmpty()) {
                throw new ValidationException("metricData", batch.get(response.errors().get(0).metricIndex())
                        .metricName(), response.errors().size() + " errors with error code \""
                        + response.errors().get(0).codeAsString() + "\"", "log finite values with a timestamp"
                        + " within two weeks before and two hours from now");
            }
        }
    }

    // ---------------------------------------------------------------- artifacts

    /**
     * Records an output artifact by value (a URI or text), as Python's {@code log_artifact(name, value)}.
     *
     * @param name  the artifact
     * @param value its value
     */
    public void logArtifact(String name, String value) {
        logArtifact(name, value, o -> { });
    }

    /**
     * Records an artifact with Python's keywords ({@code media_type}, {@code is_output}).
     *
     * @param name    the artifact
     * @param value   its value
     * @param options e.g. {@code a -> a.mediaType("text/csv").isOutput(false)}
     */
    public void logArtifact(String name, String value, Consumer<LogArtifactOptions.Builder> options) {
        requireOpen("logArtifact");
        LogArtifactOptions.Builder b = LogArtifactOptions.builder();
        options.accept(b);
        LogArtifactOptions o = b.build();
        putArtifact(requireName("name", name), Objects.requireNonNull(value, "value"), o.mediaType(), o.isOutput());
    }

    private void putArtifact(String name, String value, String mediaType, boolean isOutput) {
        Map<String, TrialComponentArtifact> target = isOutput ? outputArtifacts : inputArtifacts;
        if (!target.containsKey(name) && target.size() >= MAX_RUN_TC_ARTIFACTS_LEN) {
            throw new ValidationException("name", name, "Cannot add more than " + MAX_RUN_TC_ARTIFACTS_LEN + " "
                    + (isOutput ? "output" : "input") + "_artifacts under run", "log fewer artifacts per run");
        }
        target.put(name, TrialComponentArtifact.builder().value(value).mediaType(mediaType).build());
    }

    /**
     * Uploads a file to the artifact location and records it as an output artifact, as Python's
     * {@code log_file(file_path)}: {@code s3://<artifactBucket>/<artifactPrefix>/<trial component>/<file name>}.
     *
     * @param filePath the file
     * @return the uploaded file's URI
     */
    public String logFile(Path filePath) {
        return logFile(filePath, o -> { });
    }

    /**
     * Uploads a file with Python's keywords ({@code name}, {@code media_type}, {@code is_output}).
     *
     * @param filePath the file
     * @param options  e.g. {@code f -> f.name("model-card").mediaType("text/html")}
     * @return the uploaded file's URI
     */
    public String logFile(Path filePath, Consumer<LogFileOptions.Builder> options) {
        requireOpen("logFile");
        LogFileOptions.Builder b = LogFileOptions.builder();
        options.accept(b);
        LogFileOptions o = b.build();
        if (!Files.isRegularFile(filePath)) {
            throw new ValidationException("filePath", filePath, "is not a file", "give the path of a file to upload");
        }
        Map<String, TrialComponentArtifact> target = o.isOutput() ? outputArtifacts : inputArtifacts;
        String fileName = filePath.getFileName().toString();
        String name = o.name() != null ? o.name() : fileName.contains(".")
                ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        if (!target.containsKey(name) && target.size() >= MAX_RUN_TC_ARTIFACTS_LEN) {
            putArtifact(name, "", null, o.isOutput());  // throws the limit's error before anything is uploaded
        }
        String uri = artifactUri(fileName);
        session.objectStore().put(uri, filePath);
        putArtifact(name, uri, o.mediaType() != null ? o.mediaType() : mediaType(fileName), o.isOutput());
        return uri;
    }

    private String artifactUri(String fileName) {
        String bucket = artifactBucket;
        String prefix = artifactPrefix;
        if (bucket == null) {
            // as Python's determine_bucket_and_prefix: the default bucket, under its default prefix
            bucket = session.defaultBucket();
            String defaultPrefix = session.defaultBucketPrefix();
            if (defaultPrefix != null && !defaultPrefix.isEmpty()) {
                prefix = defaultPrefix + "/" + prefix;
            }
        }
        return "s3://" + bucket + "/" + prefix + "/" + trialComponentName + "/" + fileName;
    }

    /** Python's {@code guess_media_type}: mimetypes by extension. */
    private static String mediaType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        Map<String, String> types = Map.of(".csv", "text/csv", ".json", "application/json", ".txt", "text/plain",
                ".html", "text/html", ".png", "image/png", ".jpg", "image/jpeg", ".jpeg", "image/jpeg",
                ".gz", "application/gzip", ".tar", "application/x-tar", ".svg", "image/svg+xml");
        for (Map.Entry<String, String> e : types.entrySet()) {
            if (lower.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- graphs

    /**
     * Computes a confusion matrix (as scikit-learn's {@code confusion_matrix}: rows are true labels, columns
     * predicted ones, both the sorted union of the labels) and logs it as a {@code ConfusionMatrix} artifact,
     * as Python's {@code log_confusion_matrix(y_true, y_pred)}.
     *
     * @param yTrue the true labels
     * @param yPred the predicted labels
     * @return the uploaded JSON's URI
     */
    public String logConfusionMatrix(List<?> yTrue, List<?> yPred) {
        return logConfusionMatrix(yTrue, yPred, o -> { });
    }

    /**
     * Logs a confusion matrix with Python's keywords ({@code title}, {@code is_output}).
     *
     * @param yTrue   the true labels
     * @param yPred   the predicted labels
     * @param options e.g. {@code o -> o.title("validation")}
     * @return the uploaded JSON's URI
     */
    public String logConfusionMatrix(List<?> yTrue, List<?> yPred, Consumer<GraphOptions.Builder> options) {
        requireOpen("logConfusionMatrix");
        sameLength(yTrue, yPred, "predicted labels");
        GraphOptions o = graphOptions(options);
        ObjectNode data = SdkJson.MAPPER.createObjectNode();
        data.put("type", "ConfusionMatrix").put("version", 0).put("title", o.title());
        ArrayNode matrix = data.putArray("confusionMatrix");
        for (long[] row : Curves.confusionMatrix(yTrue, yPred)) {
            ArrayNode r = matrix.addArray();
            for (long v : row) {
                r.add(v);
            }
        }
        return logGraph(data, "ConfusionMatrix", o);
    }

    /**
     * Computes the precision-recall curve and average precision (as scikit-learn's
     * {@code precision_recall_curve} and {@code average_precision_score}) and logs them as a
     * {@code PrecisionRecallCurve} artifact, as Python's {@code log_precision_recall(y_true,
     * predicted_probabilities)}.
     *
     * @param yTrue                  the true labels (the positive label is 1 unless the options say otherwise)
     * @param predictedProbabilities the predicted probabilities of the positive class
     * @return the uploaded JSON's URI
     */
    public String logPrecisionRecall(List<?> yTrue, List<? extends Number> predictedProbabilities) {
        return logPrecisionRecall(yTrue, predictedProbabilities, o -> { });
    }

    /**
     * Logs a precision-recall curve with Python's keywords ({@code positive_label}, {@code title},
     * {@code is_output}, {@code no_skill}).
     *
     * @param yTrue                  the true labels
     * @param predictedProbabilities the predicted probabilities of the positive class
     * @param options                e.g. {@code o -> o.title("pr").positiveLabel("yes")}
     * @return the uploaded JSON's URI
     */
    public String logPrecisionRecall(List<?> yTrue, List<? extends Number> predictedProbabilities,
            Consumer<GraphOptions.Builder> options) {
        requireOpen("logPrecisionRecall");
        sameLength(yTrue, predictedProbabilities, "predicted probabilities");
        GraphOptions o = graphOptions(options);
        Curves.PrecisionRecall pr = Curves.precisionRecall(Curves.binary(yTrue, o.positiveLabel()),
                Curves.doubles(predictedProbabilities));
        ObjectNode data = SdkJson.MAPPER.createObjectNode();
        data.put("type", "PrecisionRecallCurve").put("version", 0).put("title", o.title());
        ArrayNode p = data.putArray("precision");
        for (double v : pr.precision) {
            p.add(v);
        }
        ArrayNode r = data.putArray("recall");
        for (double v : pr.recall) {
            r.add(v);
        }
        data.put("averagePrecisionScore", pr.averagePrecision);
        if (o.noSkill() == null) {
            data.putNull("noSkill");
        } else {
            data.put("noSkill", o.noSkill());
        }
        return logGraph(data, "PrecisionRecallCurve", o);
    }

    /**
     * Computes the ROC curve and its area (as scikit-learn's {@code roc_curve} and {@code auc}) and logs them as a
     * {@code ROCCurve} artifact, as Python's {@code log_roc_curve(y_true, y_score)}.
     *
     * @param yTrue  the true labels (positive: 1)
     * @param yScore the predicted scores
     * @return the uploaded JSON's URI
     */
    public String logRocCurve(List<?> yTrue, List<? extends Number> yScore) {
        return logRocCurve(yTrue, yScore, o -> { });
    }

    /**
     * Logs a ROC curve with Python's keywords ({@code title}, {@code is_output}).
     *
     * @param yTrue   the true labels (positive: 1)
     * @param yScore  the predicted scores
     * @param options e.g. {@code o -> o.title("roc")}
     * @return the uploaded JSON's URI
     */
    public String logRocCurve(List<?> yTrue, List<? extends Number> yScore, Consumer<GraphOptions.Builder> options) {
        requireOpen("logRocCurve");
        sameLength(yTrue, yScore, "predicted scores");
        GraphOptions o = graphOptions(options);
        Curves.Roc roc = Curves.roc(Curves.binary(yTrue, null), Curves.doubles(yScore));
        ObjectNode data = SdkJson.MAPPER.createObjectNode();
        data.put("type", "ROCCurve").put("version", 0).put("title", o.title());
        ArrayNode fpr = data.putArray("falsePositiveRate");
        for (double v : roc.fpr) {
            fpr.add(v);
        }
        ArrayNode tpr = data.putArray("truePositiveRate");
        for (double v : roc.tpr) {
            tpr.add(v);
        }
        data.put("areaUnderCurve", roc.auc);
        return logGraph(data, "ROCCurve", o);
    }

    private static GraphOptions graphOptions(Consumer<GraphOptions.Builder> options) {
        GraphOptions.Builder b = GraphOptions.builder();
        options.accept(b);
        return b.build();
    }

    private static void sameLength(List<?> yTrue, List<?> predicted, String what) {
        if (yTrue.size() != predicted.size()) {
            throw new ValidationException("yTrue", yTrue.size(), "has a different length than the " + what
                    + " (" + predicted.size() + ")", "give one " + what.replaceAll("s$", "")
                    + " per true label");
        }
    }

    /** Uploads the graph's JSON and records it as a lineage artifact of the run, as Python's _log_graph_artifact. */
    private String logGraph(ObjectNode data, String graphType, GraphOptions o) {
        String name = o.title() != null ? o.title() : Names.nameFromBase(graphType);
        String uri = artifactUri(name + ".json");
        session.objectStore().putString(uri, data.toString());
        graphArtifacts.add(new String[] {name, uri, graphType, Boolean.toString(o.isOutput())});
        return uri;
    }

    private static String requireName(String field, String name) {
        if (name == null || name.isEmpty()) {
            throw new ValidationException(field, name, "is required", "give a name");
        }
        return name;
    }

    // ---------------------------------------------------------------- close

    private void save(TrialComponentStatus status, Instant endTime) {
        UpdateTrialComponentRequest.Builder b = UpdateTrialComponentRequest.builder()
                .trialComponentName(trialComponentName).displayName(displayName).status(status)
                .startTime(startTime).endTime(endTime).parameters(new LinkedHashMap<>(parameters))
                .inputArtifacts(new LinkedHashMap<>(inputArtifacts))
                .outputArtifacts(new LinkedHashMap<>(outputArtifacts));
        session.api(ExperimentsApi.CAPABILITY).updateTrialComponent(b.build());
    }

    /**
     * Ends the run as failed, as leaving Python's {@code with} block by an exception does: status {@code Failed}
     * with the error's message (at most 1,024 characters). Then {@link #close()} does nothing more.
     *
     * @param error what ended it
     */
    public void fail(Throwable error) {
        String message = String.valueOf(error.getMessage() == null ? error : error.getMessage());
        end(TrialComponentStatus.builder().primaryStatus("Failed")
                .message(message.substring(0, Math.min(message.length(), MAX_STATUS_MESSAGE_LEN))).build());
    }

    /**
     * Ends the run: status {@code Completed}, its end time, parameters and artifacts (UpdateTrialComponent), the
     * graphs' lineage artifacts and the metrics not sent yet. It is no longer the thread's current run. Closing
     * a closed run does nothing.
     */
    @Override
    public void close() {
        end(TrialComponentStatus.builder().primaryStatus("Completed").build());
    }

    private void end(TrialComponentStatus status) {
        if (!open) {
            return;
        }
        open = false;
        if (CURRENT.get() == this) {
            if (previous != null) {
                CURRENT.set(previous);
            } else {
                CURRENT.remove();
            }
        }
        if (bound != null) {
            bound.close();
            bound = null;
        }
        try {
            save(status, Instant.now());
            trackGraphs();
        } finally {
            flushMetrics();
        }
    }

    /** Python's _LineageArtifactTracker.save: CreateArtifact, then AddAssociation with the run. */
    private void trackGraphs() {
        LineageApi lineage = session.api(LineageApi.CAPABILITY);
        for (String[] g : graphArtifacts) {
            String artifactArn;
            try {
                artifactArn = lineage.createArtifact(CreateArtifactRequest.builder().artifactName(g[0])
                        .artifactType(g[2]).source(s -> s.sourceUri(g[1]).sourceTypes(List.of())).build())
                        .artifactArn();
            } catch (ValidationException e) {
                if (!alreadyExists(e)) {
                    throw e;
                }
                LOG.warn("Skip creating the artifact since it already exists: {}", e.getMessage());
                continue;
            }
            boolean output = Boolean.parseBoolean(g[3]);
            String arn = artifactArn;
            try {
                lineage.addAssociation(AddAssociationRequest.builder().sourceArn(output ? trialComponentArn : arn)
                        .destinationArn(output ? arn : trialComponentArn).associationType(output
                                ? AssociationEdgeType.PRODUCED : AssociationEdgeType.CONTRIBUTED_TO).build());
            } catch (ValidationException e) {
                if (!alreadyExists(e)) {
                    throw e;
                }
                LOG.warn("Skip associating since the association already exists: {}", e.getMessage());
            }
        }
        graphArtifacts.clear();
    }

    @Override
    public String toString() {
        return "Run[experimentName=" + experimentName + ", runName=" + runName + ", trialComponentName="
                + trialComponentName + "]";
    }

    // ---------------------------------------------------------------- builder and options

    /** Builds (and opens) a {@link Run}; each method is a keyword of Python's {@code Run(...)}. */
    public static final class Builder {
        private String experimentName;
        private String runName;
        private String experimentDisplayName;
        private String runDisplayName;
        private List<Tag> tags;
        private Session session;
        private String artifactBucket;
        private String artifactPrefix;

        private Builder() {
        }

        /**
         * Sets the experiment ({@code experiment_name}, required): created when missing. Lower-cased, as Python does.
         *
         * @param experimentName the experiment
         * @return this builder
         */
        public Builder experimentName(String experimentName) {
            this.experimentName = experimentName;
            return this;
        }

        /**
         * Sets the run's name ({@code run_name}, default {@code None}: a generated {@code sagemaker-run-<time>}).
         *
         * @param runName the name, new in the experiment
         * @return this builder
         */
        public Builder runName(String runName) {
            this.runName = runName;
            return this;
        }

        /**
         * Sets the experiment's display name ({@code experiment_display_name}, default {@code None}), used when the
         * experiment is created.
         *
         * @param experimentDisplayName the display name
         * @return this builder
         */
        public Builder experimentDisplayName(String experimentDisplayName) {
            this.experimentDisplayName = experimentDisplayName;
            return this;
        }

        /**
         * Sets the run's display name ({@code run_display_name}, default {@code None}).
         *
         * @param runDisplayName the display name
         * @return this builder
         */
        public Builder runDisplayName(String runDisplayName) {
            this.runDisplayName = runDisplayName;
            return this;
        }

        /**
         * Sets the tags of every create call ({@code tags}, default {@code None}).
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags == null ? null : List.copyOf(tags);
            return this;
        }

        /**
         * Sets the tags of every create call ({@code tags}, default {@code None}), from key to value.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(Map<String, String> tags) {
            this.tags = tags == null ? null : tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey())
                    .value(e.getValue()).build()).collect(Collectors.toList());
            return this;
        }

        /**
         * Sets the session ({@code sagemaker_session}, required in Java).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Sets the artifacts' bucket ({@code artifact_bucket}, default {@code None}: the session's default bucket).
         *
         * @param artifactBucket the bucket
         * @return this builder
         */
        public Builder artifactBucket(String artifactBucket) {
            this.artifactBucket = artifactBucket;
            return this;
        }

        /**
         * Sets the artifacts' key prefix ({@code artifact_prefix}, default {@code "trial-component-artifacts"}).
         *
         * @param artifactPrefix the prefix
         * @return this builder
         */
        public Builder artifactPrefix(String artifactPrefix) {
            this.artifactPrefix = artifactPrefix;
            return this;
        }

        /**
         * Creates the run (and its experiment and run group where missing) and opens it.
         *
         * @return the open run; close it (try-with-resources)
         * @throws ValidationException naming {@code runName} when the experiment already has a run of that name
         */
        public Run build() {
            return new Run(this, false);
        }
    }

    /** The keywords of Python's {@code log_metric} beyond name and value. */
    public static final class LogMetricOptions {
        private final Instant timestamp;
        private final Integer step;

        private LogMetricOptions(Builder b) {
            this.timestamp = b.timestamp;
            this.step = b.step;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().timestamp(timestamp).step(step);
        }

        /**
         * The time measured, or {@code null} for now.
         *
         * @return the time
         */
        public Instant timestamp() {
            return timestamp;
        }

        /**
         * The step, or {@code null}.
         *
         * @return the step
         */
        public Integer step() {
            return step;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LogMetricOptions && Objects.equals(timestamp, ((LogMetricOptions) o).timestamp)
                    && Objects.equals(step, ((LogMetricOptions) o).step);
        }

        @Override
        public int hashCode() {
            return Objects.hash(timestamp, step);
        }

        @Override
        public String toString() {
            return "LogMetricOptions[timestamp=" + timestamp + ", step=" + step + "]";
        }

        /** Builds {@link LogMetricOptions}. */
        public static final class Builder {
            private Instant timestamp;
            private Integer step;

            private Builder() {
            }

            /**
             * Sets when the value was measured ({@code timestamp}, default {@code None}: now).
             *
             * @param timestamp the time
             * @return this builder
             */
            public Builder timestamp(Instant timestamp) {
                this.timestamp = timestamp;
                return this;
            }

            /**
             * Sets the iteration ({@code step}, default {@code None}).
             *
             * @param step the step
             * @return this builder
             */
            public Builder step(Integer step) {
                this.step = step;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public LogMetricOptions build() {
                return new LogMetricOptions(this);
            }
        }
    }

    /** The keywords of Python's {@code log_artifact} beyond name and value. */
    public static final class LogArtifactOptions {
        private final String mediaType;
        private final boolean isOutput;

        private LogArtifactOptions(Builder b) {
            this.mediaType = b.mediaType;
            this.isOutput = b.isOutput;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().mediaType(mediaType).isOutput(isOutput);
        }

        /**
         * The MIME type, or {@code null}.
         *
         * @return the type
         */
        public String mediaType() {
            return mediaType;
        }

        /**
         * Whether it is an output artifact.
         *
         * @return true for output
         */
        public boolean isOutput() {
            return isOutput;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LogArtifactOptions && Objects.equals(mediaType, ((LogArtifactOptions) o).mediaType)
                    && isOutput == ((LogArtifactOptions) o).isOutput;
        }

        @Override
        public int hashCode() {
            return Objects.hash(mediaType, isOutput);
        }

        @Override
        public String toString() {
            return "LogArtifactOptions[mediaType=" + mediaType + ", isOutput=" + isOutput + "]";
        }

        /** Builds {@link LogArtifactOptions}. */
        public static final class Builder {
            private String mediaType;
            private boolean isOutput = true;

            private Builder() {
            }

            /**
             * Sets the MIME type ({@code media_type}, default {@code None}).
             *
             * @param mediaType the type
             * @return this builder
             */
            public Builder mediaType(String mediaType) {
                this.mediaType = mediaType;
                return this;
            }

            /**
             * Sets the direction ({@code is_output}, default {@code True}; false records an input artifact).
             *
             * @param isOutput true for output
             * @return this builder
             */
            public Builder isOutput(boolean isOutput) {
                this.isOutput = isOutput;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public LogArtifactOptions build() {
                return new LogArtifactOptions(this);
            }
        }
    }

    /** The keywords of Python's {@code log_file} beyond the path. */
    public static final class LogFileOptions {
        private final String name;
        private final String mediaType;
        private final boolean isOutput;

        private LogFileOptions(Builder b) {
            this.name = b.name;
            this.mediaType = b.mediaType;
            this.isOutput = b.isOutput;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().name(name).mediaType(mediaType).isOutput(isOutput);
        }

        /**
         * The artifact's name, or {@code null} for the file's name without extension.
         *
         * @return the name
         */
        public String name() {
            return name;
        }

        /**
         * The MIME type, or {@code null} to guess it from the extension.
         *
         * @return the type
         */
        public String mediaType() {
            return mediaType;
        }

        /**
         * Whether it is an output artifact.
         *
         * @return true for output
         */
        public boolean isOutput() {
            return isOutput;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof LogFileOptions)) {
                return false;
            }
            LogFileOptions f = (LogFileOptions) o;
            return Objects.equals(name, f.name) && Objects.equals(mediaType, f.mediaType) && isOutput == f.isOutput;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, mediaType, isOutput);
        }

        @Override
        public String toString() {
            return "LogFileOptions[name=" + name + ", mediaType=" + mediaType + ", isOutput=" + isOutput + "]";
        }

        /** Builds {@link LogFileOptions}. */
        public static final class Builder {
            private String name;
            private String mediaType;
            private boolean isOutput = true;

            private Builder() {
            }

            /**
             * Sets the artifact's name ({@code name}, default {@code None}: the file name without extension).
             *
             * @param name the name
             * @return this builder
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * Sets the MIME type ({@code media_type}, default {@code None}: guessed from the extension).
             *
             * @param mediaType the type
             * @return this builder
             */
            public Builder mediaType(String mediaType) {
                this.mediaType = mediaType;
                return this;
            }

            /**
             * Sets the direction ({@code is_output}, default {@code True}).
             *
             * @param isOutput true for output
             * @return this builder
             */
            public Builder isOutput(boolean isOutput) {
                this.isOutput = isOutput;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public LogFileOptions build() {
                return new LogFileOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code log_confusion_matrix}, {@code log_precision_recall} and
     * {@code log_roc_curve} ({@code title}, {@code is_output}; {@code positive_label} and {@code no_skill} for the
     * precision-recall curve).
     */
    public static final class GraphOptions {
        private final String title;
        private final boolean isOutput;
        private final Object positiveLabel;
        private final Integer noSkill;

        private GraphOptions(Builder b) {
            this.title = b.title;
            this.isOutput = b.isOutput;
            this.positiveLabel = b.positiveLabel;
            this.noSkill = b.noSkill;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder().title(title).isOutput(isOutput).noSkill(noSkill);
            b.positiveLabel = positiveLabel;
            return b;
        }

        /**
         * The graph's title (also the artifact's name), or {@code null}.
         *
         * @return the title
         */
        public String title() {
            return title;
        }

        /**
         * Whether it is an output artifact.
         *
         * @return true for output
         */
        public boolean isOutput() {
            return isOutput;
        }

        /**
         * The positive label, or {@code null} for 1.
         *
         * @return the label
         */
        public Object positiveLabel() {
            return positiveLabel;
        }

        /**
         * The no-skill precision, or {@code null}.
         *
         * @return the value
         */
        public Integer noSkill() {
            return noSkill;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof GraphOptions)) {
                return false;
            }
            GraphOptions g = (GraphOptions) o;
            return Objects.equals(title, g.title) && isOutput == g.isOutput
                    && Objects.equals(positiveLabel, g.positiveLabel) && Objects.equals(noSkill, g.noSkill);
        }

        @Override
        public int hashCode() {
            return Objects.hash(title, isOutput, positiveLabel, noSkill);
        }

        @Override
        public String toString() {
            return "GraphOptions[title=" + title + ", isOutput=" + isOutput + ", positiveLabel=" + positiveLabel
                    + ", noSkill=" + noSkill + "]";
        }

        /** Builds {@link GraphOptions}. */
        public static final class Builder {
            private String title;
            private boolean isOutput = true;
            private Object positiveLabel;
            private Integer noSkill;

            private Builder() {
            }

            /**
             * Sets the title ({@code title}, default {@code None}: the artifact is named after the graph type).
             *
             * @param title the title
             * @return this builder
             */
            public Builder title(String title) {
                this.title = title;
                return this;
            }

            /**
             * Sets the direction ({@code is_output}, default {@code True}).
             *
             * @param isOutput true for output
             * @return this builder
             */
            public Builder isOutput(boolean isOutput) {
                this.isOutput = isOutput;
                return this;
            }

            /**
             * Sets the positive label of a precision-recall curve ({@code positive_label}, default {@code None}:
             * 1).
             *
             * @param positiveLabel the label
             * @return this builder
             */
            public Builder positiveLabel(String positiveLabel) {
                this.positiveLabel = positiveLabel;
                return this;
            }

            /**
             * Sets the positive label of a precision-recall curve ({@code positive_label}, default {@code None}:
             * 1).
             *
             * @param positiveLabel the label
             * @return this builder
             */
            public Builder positiveLabel(int positiveLabel) {
                this.positiveLabel = positiveLabel;
                return this;
            }

            /**
             * Sets the no-skill precision of a precision-recall curve ({@code no_skill}, default {@code None}).
             *
             * @param noSkill the value
             * @return this builder
             */
            public Builder noSkill(Integer noSkill) {
                this.noSkill = noSkill;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public GraphOptions build() {
                return new GraphOptions(this);
            }
        }
    }

    /** The keywords of Python's {@code load_run}. */
    public static final class LoadRunOptions {
        private final String runName;
        private final String experimentName;
        private final Session sagemakerSession;
        private final String artifactBucket;
        private final String artifactPrefix;
        private final List<Tag> tags;

        private LoadRunOptions(Builder b) {
            this.runName = b.runName;
            this.experimentName = b.experimentName;
            this.sagemakerSession = b.sagemakerSession;
            this.artifactBucket = b.artifactBucket;
            this.artifactPrefix = b.artifactPrefix;
            this.tags = b.tags == null ? null : List.copyOf(b.tags);
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().runName(runName).experimentName(experimentName).sagemakerSession(sagemakerSession)
                    .artifactBucket(artifactBucket).artifactPrefix(artifactPrefix).tags(tags);
        }

        Run.Builder toRunBuilder(String run, String experiment, Session session) {
            Run.Builder b = Run.builder().experimentName(experiment).runName(run).session(session)
                    .artifactBucket(artifactBucket).artifactPrefix(artifactPrefix);
            return tags == null ? b : b.tags(tags);
        }

        /**
         * The run's name, or {@code null}.
         *
         * @return the name
         */
        public String runName() {
            return runName;
        }

        /**
         * The experiment's name, or {@code null}.
         *
         * @return the name
         */
        public String experimentName() {
            return experimentName;
        }

        /**
         * The session, or {@code null}.
         *
         * @return the session
         */
        public Session sagemakerSession() {
            return sagemakerSession;
        }

        /**
         * The artifact bucket, or {@code null}.
         *
         * @return the bucket
         */
        public String artifactBucket() {
            return artifactBucket;
        }

        /**
         * The artifact prefix, or {@code null}.
         *
         * @return the prefix
         */
        public String artifactPrefix() {
            return artifactPrefix;
        }

        /**
         * The tags, or {@code null}.
         *
         * @return the tags
         */
        public List<Tag> tags() {
            return tags;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof LoadRunOptions)) {
                return false;
            }
            LoadRunOptions l = (LoadRunOptions) o;
            return Objects.equals(runName, l.runName) && Objects.equals(experimentName, l.experimentName)
                    && Objects.equals(sagemakerSession, l.sagemakerSession)
                    && Objects.equals(artifactBucket, l.artifactBucket)
                    && Objects.equals(artifactPrefix, l.artifactPrefix) && Objects.equals(tags, l.tags);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runName, experimentName, sagemakerSession, artifactBucket, artifactPrefix, tags);
        }

        @Override
        public String toString() {
            return "LoadRunOptions[runName=" + runName + ", experimentName=" + experimentName + ", artifactBucket="
                    + artifactBucket + ", artifactPrefix=" + artifactPrefix + ", tags=" + tags + "]";
        }

        /** Builds {@link LoadRunOptions}. */
        public static final class Builder {
            private String runName;
            private String experimentName;
            private Session sagemakerSession;
            private String artifactBucket;
            private String artifactPrefix;
            private List<Tag> tags;

            private Builder() {
            }

            /**
             * Sets the run to load ({@code run_name}, default {@code None}: the run context's or the job's).
             *
             * @param runName the name
             * @return this builder
             */
            public Builder runName(String runName) {
                this.runName = runName;
                return this;
            }

            /**
             * Sets its experiment ({@code experiment_name}, default {@code None}; required with a run name).
             *
             * @param experimentName the name
             * @return this builder
             */
            public Builder experimentName(String experimentName) {
                this.experimentName = experimentName;
                return this;
            }

            /**
             * Sets the session ({@code sagemaker_session}, default {@code None}: in a job's code run by the local
             * backend, the session that started the job).
             *
             * @param sagemakerSession the session
             * @return this builder
             */
            public Builder sagemakerSession(Session sagemakerSession) {
                this.sagemakerSession = sagemakerSession;
                return this;
            }

            /**
             * Sets the artifact bucket ({@code artifact_bucket}, default {@code None}: the default bucket).
             *
             * @param artifactBucket the bucket
             * @return this builder
             */
            public Builder artifactBucket(String artifactBucket) {
                this.artifactBucket = artifactBucket;
                return this;
            }

            /**
             * Sets the artifact prefix ({@code artifact_prefix}, default {@code None}:
             * {@code trial-component-artifacts}).
             *
             * @param artifactPrefix the prefix
             * @return this builder
             */
            public Builder artifactPrefix(String artifactPrefix) {
                this.artifactPrefix = artifactPrefix;
                return this;
            }

            /**
             * Sets the tags ({@code tags}, default {@code None}).
             *
             * @param tags the tags
             * @return this builder
             */
            public Builder tags(List<Tag> tags) {
                this.tags = tags;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public LoadRunOptions build() {
                return new LoadRunOptions(this);
            }
        }
    }

    /** The keywords of Python's {@code list_runs} beyond the experiment and the session. */
    public static final class ListRunsOptions {
        private final Instant createdBefore;
        private final Instant createdAfter;
        private final Integer maxResults;
        private final String nextToken;
        private final String sortBy;
        private final String sortOrder;

        private ListRunsOptions(Builder b) {
            this.createdBefore = b.createdBefore;
            this.createdAfter = b.createdAfter;
            this.maxResults = b.maxResults;
            this.nextToken = b.nextToken;
            this.sortBy = b.sortBy;
            this.sortOrder = b.sortOrder;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().createdBefore(createdBefore).createdAfter(createdAfter).maxResults(maxResults)
                    .nextToken(nextToken).sortBy(sortBy).sortOrder(sortOrder);
        }

        /**
         * Runs created before this instant, or {@code null}.
         *
         * @return the instant
         */
        public Instant createdBefore() {
            return createdBefore;
        }

        /**
         * Runs created after this instant, or {@code null}.
         *
         * @return the instant
         */
        public Instant createdAfter() {
            return createdAfter;
        }

        /**
         * The most runs to return, or {@code null} for all.
         *
         * @return the count
         */
        public Integer maxResults() {
            return maxResults;
        }

        /**
         * The token of the page to start at, or {@code null}.
         *
         * @return the token
         */
        public String nextToken() {
            return nextToken;
        }

        /**
         * {@code CreationTime} or {@code Name}.
         *
         * @return the property
         */
        public String sortBy() {
            return sortBy;
        }

        /**
         * {@code Ascending} or {@code Descending}.
         *
         * @return the order
         */
        public String sortOrder() {
            return sortOrder;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ListRunsOptions)) {
                return false;
            }
            ListRunsOptions l = (ListRunsOptions) o;
            return Objects.equals(createdBefore, l.createdBefore) && Objects.equals(createdAfter, l.createdAfter)
                    && Objects.equals(maxResults, l.maxResults) && Objects.equals(nextToken, l.nextToken)
                    && sortBy.equals(l.sortBy) && sortOrder.equals(l.sortOrder);
        }

        @Override
        public int hashCode() {
            return Objects.hash(createdBefore, createdAfter, maxResults, nextToken, sortBy, sortOrder);
        }

        @Override
        public String toString() {
            return "ListRunsOptions[createdBefore=" + createdBefore + ", createdAfter=" + createdAfter
                    + ", maxResults=" + maxResults + ", nextToken=" + nextToken + ", sortBy=" + sortBy
                    + ", sortOrder=" + sortOrder + "]";
        }

        /** Builds {@link ListRunsOptions}. */
        public static final class Builder {
            private Instant createdBefore;
            private Instant createdAfter;
            private Integer maxResults;
            private String nextToken;
            private String sortBy = "CreationTime";
            private String sortOrder = "Descending";

            private Builder() {
            }

            /**
             * Keeps runs created before an instant ({@code created_before}, default {@code None}).
             *
             * @param createdBefore the instant
             * @return this builder
             */
            public Builder createdBefore(Instant createdBefore) {
                this.createdBefore = createdBefore;
                return this;
            }

            /**
             * Keeps runs created after an instant ({@code created_after}, default {@code None}).
             *
             * @param createdAfter the instant
             * @return this builder
             */
            public Builder createdAfter(Instant createdAfter) {
                this.createdAfter = createdAfter;
                return this;
            }

            /**
             * Sets the most runs to return ({@code max_results}, default {@code None}: all).
             *
             * @param maxResults the count
             * @return this builder
             */
            public Builder maxResults(Integer maxResults) {
                this.maxResults = maxResults;
                return this;
            }

            /**
             * Sets the page token to start at ({@code next_token}, default {@code None}).
             *
             * @param nextToken the token
             * @return this builder
             */
            public Builder nextToken(String nextToken) {
                this.nextToken = nextToken;
                return this;
            }

            /**
             * Sets the sort property ({@code sort_by}, default {@code SortByType.CREATION_TIME}:
             * {@code CreationTime}; or {@code Name}).
             *
             * @param sortBy the property
             * @return this builder
             * @throws ValidationException for another value
             */
            public Builder sortBy(String sortBy) {
                if (!"CreationTime".equals(sortBy) && !"Name".equals(sortBy)) {
                    throw new ValidationException("sortBy", sortBy, "is not a SortByType",
                            "use \"CreationTime\" or \"Name\"");
                }
                this.sortBy = sortBy;
                return this;
            }

            /**
             * Sets the sort order ({@code sort_order}, default {@code SortOrderType.DESCENDING}:
             * {@code Descending}; or {@code Ascending}).
             *
             * @param sortOrder the order
             * @return this builder
             * @throws ValidationException for another value
             */
            public Builder sortOrder(String sortOrder) {
                if (!"Ascending".equals(sortOrder) && !"Descending".equals(sortOrder)) {
                    throw new ValidationException("sortOrder", sortOrder, "is not a SortOrderType",
                            "use \"Ascending\" or \"Descending\"");
                }
                this.sortOrder = sortOrder;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public ListRunsOptions build() {
                return new ListRunsOptions(this);
            }
        }
    }
}
