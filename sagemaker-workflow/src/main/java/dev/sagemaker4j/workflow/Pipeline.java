/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.PipelinesApi;
import dev.sagemaker4j.spi.SchedulerApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.CreatePipelineRequest;
import software.amazon.awssdk.services.sagemaker.model.CreatePipelineResponse;
import software.amazon.awssdk.services.sagemaker.model.DeletePipelineRequest;
import software.amazon.awssdk.services.sagemaker.model.DeletePipelineResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineResponse;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineExecutionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineExecutionsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineParametersForExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineVersionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineVersionsResponse;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionSummary;
import software.amazon.awssdk.services.sagemaker.model.PipelineVersionSummary;
import software.amazon.awssdk.services.sagemaker.model.StartPipelineExecutionRequest;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.UpdatePipelineRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdatePipelineResponse;
import software.amazon.awssdk.services.scheduler.model.CreateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.DeleteScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindow;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.GetScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.SageMakerPipelineParameters;
import software.amazon.awssdk.services.scheduler.model.Target;
import software.amazon.awssdk.services.scheduler.model.UpdateScheduleRequest;

/**
 * A pipeline, as in the Python SDK's {@code sagemaker.workflow.pipeline.Pipeline}: parameters and steps whose
 * {@link #definition()} is the service's pipeline definition JSON (schema {@code 2020-12-01}, the same JSON as
 * Python's for the same pipeline), and its lifecycle through the session's {@link PipelinesApi}: on the
 * {@code sagemaker} backend the service runs it, on the local backend the local pipeline engine does.
 *
 * <pre>{@code
 * ParameterFloat threshold = new ParameterFloat("MseThreshold", 6.0);
 * Pipeline pipeline = Pipeline.builder("churn").parameters(threshold).steps(prep, train, eval, check)
 *         .session(session).build();
 * pipeline.upsert(roleArn);
 * PipelineExecution run = pipeline.start(Map.of("MseThreshold", 5.0));
 * run.waitForCompletion();
 * }</pre>
 *
 * <p>The definition is checked before it is written: two steps of one name, a depends-on or a property reference
 * to a step that is not in the pipeline, a reference to an undeclared parameter or property file, and a cycle are
 * {@link ValidationException}s naming the step and the field.
 */
public final class Pipeline {

    /** The definition's schema version. */
    public static final String VERSION = "2020-12-01";

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final Pattern STEP_REFERENCE = Pattern.compile("^Steps\\.([^.\\[]+)(.*)$");
    private static final Pattern PROPERTY_FILE = Pattern.compile("^\\.PropertyFiles\\.(.+)$");

    private final String name;
    private final List<Parameter> parameters;
    private final List<Step> steps;
    private final PipelineExperimentConfig experimentConfig;
    private final PipelineDefinitionConfig definitionConfig;
    private final Session session;

    private Pipeline(Builder b) {
        this.name = b.name;
        this.parameters = List.copyOf(b.parameters);
        this.steps = List.copyOf(b.steps);
        this.experimentConfig = b.experimentConfig;
        this.definitionConfig = b.definitionConfig;
        this.session = b.session;
    }

    /**
     * A builder.
     *
     * @param name the pipeline's name (Python {@code name})
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The pipeline's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The parameters.
     *
     * @return the parameters
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * The top-level steps (the steps of condition branches are inside their condition steps).
     *
     * @return the steps
     */
    public List<Step> steps() {
        return steps;
    }

    /**
     * How the definition is written (Python {@code pipeline_definition_config}).
     *
     * @return the configuration
     */
    public PipelineDefinitionConfig pipelineDefinitionConfig() {
        return definitionConfig;
    }

    /**
     * The pipeline definition JSON, as Python's {@code definition()}.
     *
     * @return the JSON text
     * @throws ValidationException when the pipeline is not valid (see the class comment)
     */
    public String definition() {
        return Json.write(definitionNode());
    }

    ObjectNode definitionNode() {
        return JobStep.withDefinitionConfig(definitionConfig, this::writeDefinition);
    }

    private ObjectNode writeDefinition() {
        validate();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("Version", VERSION);
        root.putObject("Metadata");
        ArrayNode params = root.putArray("Parameters");
        for (Parameter p : parameters) {
            params.add(Json.toNode(p.toRequest()));
        }
        root.set("PipelineExperimentConfig",
                experimentConfig == null ? Json.MAPPER.nullNode() : Json.toNode(experimentConfig.toRequest()));
        ArrayNode stepNodes = root.putArray("Steps");
        for (Step s : steps) {
            stepNodes.add(s.toRequestNode());
        }
        return root;
    }

    private void validate() {
        Map<String, Step> all = new LinkedHashMap<>();
        collect(steps, all);
        Set<String> parameterNames = new LinkedHashSet<>();
        for (Parameter p : parameters) {
            if (!parameterNames.add(p.name())) {
                throw new ValidationException("Parameters.Name", p.name(), "is the name of two parameters",
                        "give each parameter its own name");
            }
        }
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (Step step : all.values()) {
            Set<String> upstream = new LinkedHashSet<>();
            for (String d : step.dependsOn()) {
                if (!all.containsKey(d)) {
                    throw new ValidationException("Steps." + step.name() + ".DependsOn", d,
                            "names a step that is not in the pipeline", "add the step to the pipeline or drop it");
                }
                upstream.add(d);
            }
            ObjectNode request = step.toRequestNode();
            JsonNode arguments = request.get("Arguments");
            if (step instanceof ConditionStep && arguments instanceof ObjectNode a) {
                a = a.deepCopy();
                a.remove("IfSteps");
                a.remove("ElseSteps");
                arguments = a;
            }
            checkReferences(step, "Arguments", arguments, all, parameterNames, upstream);
            edges.computeIfAbsent(step.name(), k -> new LinkedHashSet<>()).addAll(upstream);
            if (step instanceof ConditionStep c) {
                for (Step branch : concat(c.ifSteps(), c.elseSteps())) {
                    edges.computeIfAbsent(branch.name(), k -> new LinkedHashSet<>()).add(step.name());
                }
            }
        }
        findCycle(edges);
    }

    private static List<Step> concat(List<Step> a, List<Step> b) {
        List<Step> list = new ArrayList<>(a);
        list.addAll(b);
        return list;
    }

    private static void collect(List<Step> steps, Map<String, Step> all) {
        for (Step s : steps) {
            if (all.containsKey(s.name())) {
                throw new ValidationException("Steps." + s.name() + ".Name", s.name(), "is the name of two steps",
                        "give each step its own name");
            }
            all.put(s.name(), s);
            if (s instanceof ConditionStep c) {
                collect(c.ifSteps(), all);
                collect(c.elseSteps(), all);
            }
        }
    }

    private void checkReferences(Step step, String field, JsonNode node, Map<String, Step> all,
            Set<String> parameterNames, Set<String> upstream) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode get = node.get("Get");
            if (get != null && get.isTextual() && node.size() == 1) {
                checkGet(step, field, get.textValue(), all, parameterNames, upstream);
                return;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                checkReferences(step, field + "." + e.getKey(), e.getValue(), all, parameterNames, upstream);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkReferences(step, field + "[" + i + "]", node.get(i), all, parameterNames, upstream);
            }
        }
    }

    private void checkGet(Step step, String field, String path, Map<String, Step> all, Set<String> parameterNames,
            Set<String> upstream) {
        String where = "Steps." + step.name() + "." + field;
        if (path.startsWith("Parameters.")) {
            String parameter = path.substring("Parameters.".length());
            if (!parameterNames.contains(parameter)) {
                throw new ValidationException(where, path, "refers to a parameter the pipeline does not declare",
                        "add the parameter to the pipeline's parameters");
            }
            return;
        }
        Matcher m = STEP_REFERENCE.matcher(path);
        if (!m.matches()) {
            return;
        }
        String target = m.group(1);
        Step referenced = all.get(target);
        if (referenced == null) {
            throw new ValidationException(where, path, "refers to a step that is not in the pipeline",
                    "add step " + target + " to the pipeline");
        }
        if (target.equals(step.name())) {
            throw new ValidationException(where, path, "refers to the step's own properties",
                    "refer to the properties of an earlier step");
        }
        Matcher file = PROPERTY_FILE.matcher(m.group(2));
        if (file.matches()) {
            boolean declared = referenced.options().propertyFiles().stream()
                    .anyMatch(f -> f.name().equals(file.group(1)));
            if (!declared) {
                throw new ValidationException(where, path, "refers to a property file step " + target
                        + " does not declare", "give the step the PropertyFile in its propertyFiles");
            }
        }
        upstream.add(target);
    }

    private static void findCycle(Map<String, Set<String>> upstream) {
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String node : upstream.keySet()) {
            List<String> path = new ArrayList<>();
            visit(node, upstream, state, path);
        }
    }

    private static void visit(String node, Map<String, Set<String>> upstream, Map<String, Integer> state,
            List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return;
        }
        path.add(node);
        if (s != null && s == 1) {
            List<String> cycle = path.subList(path.indexOf(node), path.size());
            throw new ValidationException("Steps." + node + ".DependsOn", String.join(" -> ", cycle),
                    "is a cycle: the steps wait for each other", "remove one of the dependencies");
        }
        state.put(node, 1);
        for (String up : upstream.getOrDefault(node, Set.of())) {
            visit(up, upstream, state, path);
        }
        state.put(node, 2);
        path.remove(path.size() - 1);
    }

    private PipelinesApi api() {
        if (session == null) {
            throw new ValidationException("session", null, "is not set", "give the pipeline a session");
        }
        return session.api(PipelinesApi.CAPABILITY);
    }

    /**
     * Creates the pipeline, as Python's {@code create(role_arn)}.
     *
     * @param roleArn the role the pipeline's jobs run as (Python {@code role_arn})
     * @return the service's response
     */
    public CreatePipelineResponse create(String roleArn) {
        return create(roleArn, o -> { });
    }

    /**
     * Creates the pipeline with options, as Python's {@code create}.
     *
     * @param roleArn the role (Python {@code role_arn})
     * @param options description, tags, parallelismConfig
     * @return the service's response
     */
    public CreatePipelineResponse create(String roleArn, Consumer<CreateOptions> options) {
        CreateOptions o = apply(options);
        CreatePipelineRequest.Builder request = CreatePipelineRequest.builder().pipelineName(name)
                .pipelineDefinition(definition()).roleArn(roleArn);
        if (o.description != null) {
            request.pipelineDescription(o.description);
        }
        if (o.parallelismConfig != null) {
            request.parallelismConfiguration(o.parallelismConfig.toSdk());
        }
        if (!o.tags.isEmpty()) {
            request.tags(o.tags);
        }
        return api().createPipeline(request.build());
    }

    /**
     * Updates the pipeline's definition, as Python's {@code update(role_arn)}.
     *
     * @param roleArn the role (Python {@code role_arn})
     * @return the service's response
     */
    public UpdatePipelineResponse update(String roleArn) {
        return update(roleArn, o -> { });
    }

    /**
     * Updates the pipeline with options, as Python's {@code update}.
     *
     * @param roleArn the role (Python {@code role_arn})
     * @param options description, parallelismConfig (tags are not updated)
     * @return the service's response
     */
    public UpdatePipelineResponse update(String roleArn, Consumer<CreateOptions> options) {
        CreateOptions o = apply(options);
        UpdatePipelineRequest.Builder request = UpdatePipelineRequest.builder().pipelineName(name)
                .pipelineDefinition(definition()).roleArn(roleArn);
        if (o.description != null) {
            request.pipelineDescription(o.description);
        }
        if (o.parallelismConfig != null) {
            request.parallelismConfiguration(o.parallelismConfig.toSdk());
        }
        return api().updatePipeline(request.build());
    }

    /**
     * Creates the pipeline, or updates it when it exists, as Python's {@code upsert(role_arn)}.
     *
     * @param roleArn the role (Python {@code role_arn})
     * @return the pipeline's ARN
     */
    public String upsert(String roleArn) {
        return upsert(roleArn, o -> { });
    }

    /**
     * Creates or updates the pipeline with options, as Python's {@code upsert}.
     *
     * @param roleArn the role (Python {@code role_arn})
     * @param options description, tags (on create), parallelismConfig
     * @return the pipeline's ARN
     */
    public String upsert(String roleArn, Consumer<CreateOptions> options) {
        definition();
        try {
            return create(roleArn, options).pipelineArn();
        } catch (ValidationException | ResourceInUseException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("already exist")) {
                throw e;
            }
            return update(roleArn, options).pipelineArn();
        }
    }

    /**
     * Describes the pipeline, as Python's {@code describe()}.
     *
     * @return the service's response
     */
    public DescribePipelineResponse describe() {
        return api().describePipeline(DescribePipelineRequest.builder().pipelineName(name).build());
    }

    /**
     * Describes one version of the pipeline, as Python's {@code describe(pipeline_version_id)}.
     *
     * @param pipelineVersionId the version (Python {@code pipeline_version_id})
     * @return the service's response
     */
    public DescribePipelineResponse describe(long pipelineVersionId) {
        return api().describePipeline(
                DescribePipelineRequest.builder().pipelineName(name).pipelineVersionId(pipelineVersionId).build());
    }

    /**
     * The pipeline's latest version, as Python's {@code latest_pipeline_version_id}: the first of
     * {@code listPipelineVersions} with {@code maxResults(1)} (the service lists the newest first).
     *
     * @return the version's id, or null when the service lists none
     */
    public Long latestPipelineVersionId() {
        List<PipelineVersionSummary> summaries = listPipelineVersions(o -> o.maxResults(1))
                .pipelineVersionSummaries();
        return summaries.isEmpty() ? null : summaries.get(0).pipelineVersionId();
    }

    /**
     * The pipeline's versions, newest first, as Python's {@code list_pipeline_versions()}: each create and each
     * update of the definition makes a version.
     *
     * @return the service's response (one page)
     */
    public ListPipelineVersionsResponse listPipelineVersions() {
        return listPipelineVersions(o -> { });
    }

    /**
     * The pipeline's versions with options, as Python's {@code list_pipeline_versions}.
     *
     * @param options sortOrder, maxResults, nextToken
     * @return the service's response (one page; its {@code nextToken} asks for the next)
     */
    public ListPipelineVersionsResponse listPipelineVersions(Consumer<ListPipelineVersionsOptions> options) {
        ListPipelineVersionsOptions o = new ListPipelineVersionsOptions();
        options.accept(o);
        return api().listPipelineVersions(ListPipelineVersionsRequest.builder().pipelineName(name)
                .sortOrder(o.sortOrder).maxResults(o.maxResults).nextToken(o.nextToken).build());
    }

    /**
     * The parameters an execution ran with, as Python's {@code build_parameters_from_execution(arn)}: every page of
     * ListPipelineParametersForExecution, by name. The service lists text (as Python returns it); a parameter this
     * pipeline declares as Integer, Float or Boolean comes back as an Integer (Long when larger), Double or Boolean,
     * so that {@link #start(Map)} takes the map back.
     *
     * @param pipelineExecutionArn the execution (Python {@code pipeline_execution_arn})
     * @return the values by parameter name, in the service's order
     */
    public Map<String, Object> buildParametersFromExecution(String pipelineExecutionArn) {
        return buildParametersFromExecution(pipelineExecutionArn, Map.of());
    }

    /**
     * The parameters an execution ran with, some replaced, as Python's
     * {@code build_parameters_from_execution(pipeline_execution_arn, parameter_value_overrides)}: pass the result to
     * {@link #start(Map)} to run again with the same values.
     *
     * @param pipelineExecutionArn    the execution (Python {@code pipeline_execution_arn})
     * @param parameterValueOverrides values that replace the execution's (Python {@code parameter_value_overrides},
     *                                default none)
     * @return the values by parameter name
     * @throws ValidationException when an override names a parameter the execution does not have (Python's
     *                             ValueError)
     */
    public Map<String, Object> buildParametersFromExecution(String pipelineExecutionArn,
            Map<String, ?> parameterValueOverrides) {
        if (pipelineExecutionArn == null || pipelineExecutionArn.isEmpty()) {
            throw new ValidationException("pipelineExecutionArn", pipelineExecutionArn, "is required",
                    "give the ARN of an execution of this pipeline");
        }
        PipelineExecution execution = new PipelineExecution(pipelineExecutionArn, session());
        Map<String, Object> values = new LinkedHashMap<>();
        String token = null;
        do {
            String next = token;
            ListPipelineParametersForExecutionResponse page = execution.listParameters(o -> o.nextToken(next));
            for (software.amazon.awssdk.services.sagemaker.model.Parameter p : page.pipelineParameters()) {
                values.put(p.name(), typed(p.name(), p.value()));
            }
            token = page.nextToken();
        } while (token != null);
        Set<String> invalid = new java.util.TreeSet<>(parameterValueOverrides.keySet());
        invalid.removeAll(values.keySet());
        if (!invalid.isEmpty()) {
            throw new ValidationException("parameterValueOverrides", invalid, "The following parameter overrides "
                    + "provided: " + invalid + " are not present in the pipeline execution: " + pipelineExecutionArn,
                    "override only the parameters " + values.keySet());
        }
        values.putAll(parameterValueOverrides);
        return java.util.Collections.unmodifiableMap(values);
    }

    /**
     * A value the service lists as text, typed as this pipeline declares the parameter (so that {@link #start(Map)}
     * takes it back): Integer, Float as Double, Boolean from {@code True} / {@code False}; as listed otherwise.
     */
    private Object typed(String parameterName, String value) {
        for (Parameter p : parameters) {
            if (!p.name().equals(parameterName) || value == null) {
                continue;
            }
            try {
                if (p instanceof ParameterInteger) {
                    long l = Long.parseLong(value);
                    return l == (int) l ? (Object) (int) l : (Object) l;
                }
                if (p instanceof ParameterFloat) {
                    return Double.valueOf(value);
                }
            } catch (NumberFormatException e) {
                return value;
            }
            if (p instanceof ParameterBoolean && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
                return Boolean.valueOf(value);
            }
        }
        return value;
    }

    private Session session() {
        if (session == null) {
            throw new ValidationException("session", null, "is not set", "give the pipeline a session");
        }
        return session;
    }

    /**
     * Deletes the pipeline, as Python's {@code delete()}.
     *
     * @return the service's response
     */
    public DeletePipelineResponse delete() {
        return api().deletePipeline(DeletePipelineRequest.builder().pipelineName(name).build());
    }

    /**
     * Starts an execution with the parameters' defaults, as Python's {@code start()}.
     *
     * @return the execution
     */
    public PipelineExecution start() {
        return start(o -> { });
    }

    /**
     * Starts an execution, as Python's {@code start(parameters)}.
     *
     * @param parameters values by parameter name (Python {@code parameters})
     * @return the execution
     * @throws ValidationException for an undeclared parameter, a value of the wrong type, or a parameter without
     *                             a default that is not given
     */
    public PipelineExecution start(Map<String, ?> parameters) {
        return start(o -> o.parameters(parameters));
    }

    /**
     * Starts an execution with options, as Python's {@code start}.
     *
     * @param options parameters, executionDisplayName, executionDescription, parallelismConfig, pipelineVersionId,
     *                selectiveExecutionConfig
     * @return the execution
     */
    public PipelineExecution start(Consumer<StartOptions> options) {
        StartOptions o = new StartOptions();
        options.accept(o);
        StartPipelineExecutionRequest.Builder request = StartPipelineExecutionRequest.builder().pipelineName(name);
        List<software.amazon.awssdk.services.sagemaker.model.Parameter> values = startParameters(o.parameters);
        if (!values.isEmpty()) {
            request.pipelineParameters(values);
        }
        if (o.executionDisplayName != null) {
            request.pipelineExecutionDisplayName(o.executionDisplayName);
        }
        if (o.executionDescription != null) {
            request.pipelineExecutionDescription(o.executionDescription);
        }
        if (o.parallelismConfig != null) {
            request.parallelismConfiguration(o.parallelismConfig.toSdk());
        }
        if (o.pipelineVersionId != null) {
            request.pipelineVersionId(o.pipelineVersionId);
        }
        if (o.selectiveExecutionConfig != null) {
            SelectiveExecutionConfig selective = o.selectiveExecutionConfig;
            String source = selective.sourcePipelineExecutionArn();
            if (source == null && selective.referenceLatestExecution()) {
                List<PipelineExecutionSummary> latest = listExecutions(l -> l.sortBy("CreationTime")
                        .sortOrder("Descending").maxResults(1)).pipelineExecutionSummaries();
                source = latest.isEmpty() ? null : latest.get(0).pipelineExecutionArn();
            }
            request.selectiveExecutionConfig(selective.toSdk(source));
        }
        String arn = api().startPipelineExecution(request.build()).pipelineExecutionArn();
        return new PipelineExecution(arn, session);
    }

    private List<software.amazon.awssdk.services.sagemaker.model.Parameter> startParameters(Map<String, ?> given) {
        Map<String, Parameter> declared = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            declared.put(p.name(), p);
        }
        List<software.amazon.awssdk.services.sagemaker.model.Parameter> values = new ArrayList<>();
        for (Map.Entry<String, ?> e : given.entrySet()) {
            Parameter p = declared.get(e.getKey());
            if (p == null && !parameters.isEmpty()) {
                throw new ValidationException("PipelineParameters." + e.getKey(), e.getValue(),
                        "is not a parameter of pipeline " + name, "give one of " + declared.keySet());
            }
            if (p != null && !p.accepts(e.getValue())) {
                throw new ValidationException("PipelineParameters." + e.getKey(), e.getValue(),
                        "is not a value of the " + p.parameterType() + " parameter " + p.name(),
                        p instanceof ParameterString s && !s.enumValues().isEmpty()
                                ? "give one of " + s.enumValues() : "give a " + p.parameterType());
            }
            values.add(software.amazon.awssdk.services.sagemaker.model.Parameter.builder().name(e.getKey())
                    .value(format(e.getValue())).build());
        }
        for (Parameter p : parameters) {
            if (p.defaultValue() == null && !given.containsKey(p.name())) {
                throw new ValidationException("PipelineParameters." + p.name(), null,
                        "is required: the parameter has no default", "give it a value at start");
            }
        }
        return values;
    }

    /** As Python's {@code str(value)}: booleans as {@code True} / {@code False}. */
    private static String format(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(value);
    }

    /**
     * The pipeline's executions, newest first, as Python's {@code list_executions()}.
     *
     * @return the service's response (one page)
     */
    public ListPipelineExecutionsResponse listExecutions() {
        return listExecutions(o -> { });
    }

    /**
     * The pipeline's executions with options, as Python's {@code list_executions}.
     *
     * @param options sortBy, sortOrder, maxResults, nextToken
     * @return the service's response (one page; its {@code nextToken} asks for the next)
     */
    public ListPipelineExecutionsResponse listExecutions(Consumer<ListExecutionsOptions> options) {
        ListExecutionsOptions o = new ListExecutionsOptions();
        options.accept(o);
        return api().listPipelineExecutions(ListPipelineExecutionsRequest.builder().pipelineName(name)
                .sortBy(o.sortBy).sortOrder(o.sortOrder).maxResults(o.maxResults).nextToken(o.nextToken).build());
    }

    /**
     * Attaches triggers to the pipeline, as Python's {@code put_triggers(triggers, role_arn)}: each
     * {@link PipelineSchedule} becomes an EventBridge Scheduler schedule (UpdateSchedule, or CreateSchedule when it
     * does not exist yet) whose target is the pipeline, with the pipeline parameters' defaults (a scheduled execution
     * cannot override them).
     *
     * <p>On the local backend the schedules are kept under the session root and the session starts the executions
     * while it (or a LocalApiServer in front of it) is open; a new session on the same root resumes the enabled
     * schedules. Fire times that pass while no session is open are not caught up. An execution a schedule started is
     * listed with the display name {@code <schedule>-<yyyyMMddTHHmmss>} and the description
     * {@code Started by schedule <schedule> for <scheduled time>} (see {@code docs/pipeline-local-steps.md}).
     *
     * @param triggers the triggers (Python {@code triggers}), at least one
     * @param roleArn  the role EventBridge Scheduler assumes to start the pipeline (Python {@code role_arn})
     * @return the schedules' ARNs
     * @throws ValidationException       without triggers or role, or when a pipeline parameter has no default
     * @throws dev.sagemaker4j.exceptions.ResourceNotFoundException when the pipeline does not exist
     */
    public List<String> putTriggers(List<? extends Trigger> triggers, String roleArn) {
        if (roleArn == null || roleArn.isEmpty()) {
            throw new ValidationException("roleArn", roleArn, "is required to create triggers for a pipeline",
                    "give the ARN of a role EventBridge Scheduler may assume to start the pipeline");
        }
        if (triggers == null || triggers.isEmpty()) {
            throw new ValidationException("triggers", triggers, "No Triggers provided",
                    "give at least one PipelineSchedule");
        }
        List<String> noDefaults = new ArrayList<>();
        for (Parameter p : parameters) {
            if (p.defaultValue() == null) {
                noDefaults.add(p.name());
            }
        }
        if (!noDefaults.isEmpty()) {
            throw new ValidationException("parameters", noDefaults, "have no default values; a scheduled pipeline "
                    + "execution cannot give parameters", "give every pipeline parameter a default value");
        }
        String pipelineArn;
        try {
            pipelineArn = describe().pipelineArn();
        } catch (ResourceNotFoundException e) {
            throw new ResourceNotFoundException("pipeline", name, "Cannot create triggers for a pipeline that does "
                    + "not exist: create the pipeline (upsert) before assigning triggers to it", e);
        }
        SchedulerApi scheduler = session.api(SchedulerApi.CAPABILITY);
        Set<String> arns = new LinkedHashSet<>();
        for (Trigger trigger : triggers) {
            PipelineSchedule schedule = (PipelineSchedule) trigger;
            String scheduleName = schedule.resolveTriggerName(name);
            java.time.Instant startDate = schedule.startDate().orElseGet(java.time.Instant::now);
            Target target = Target.builder().arn(pipelineArn)
                    .sageMakerPipelineParameters(SageMakerPipelineParameters.builder().build()).roleArn(roleArn)
                    .build();
            FlexibleTimeWindow off = FlexibleTimeWindow.builder().mode(FlexibleTimeWindowMode.OFF).build();
            try {
                arns.add(scheduler.updateSchedule(UpdateScheduleRequest.builder().name(scheduleName)
                        .scheduleExpression(schedule.resolveScheduleExpression()).flexibleTimeWindow(off)
                        .target(target).state(schedule.resolveTriggerState()).startDate(startDate).build())
                        .scheduleArn());
            } catch (ResourceNotFoundException e) {
                arns.add(scheduler.createSchedule(CreateScheduleRequest.builder().name(scheduleName)
                        .scheduleExpression(schedule.resolveScheduleExpression()).flexibleTimeWindow(off)
                        .target(target).state(schedule.resolveTriggerState()).startDate(startDate).build())
                        .scheduleArn());
            }
        }
        return List.copyOf(arns);
    }

    /**
     * Describes a trigger of the pipeline, as Python's {@code describe_trigger(trigger_name)}: GetSchedule, and the
     * fields Python picks, under Python's keys ({@code Schedule_Arn}, {@code Schedule_Expression},
     * {@code Schedule_State}, {@code Schedule_Start_Date} as {@code yyyy-mm-ddThh:mm:ssZ} in UTC,
     * {@code Schedule_Role}).
     *
     * @param triggerName the schedule's name (Python {@code trigger_name})
     * @return the fields, in that order
     * @throws dev.sagemaker4j.exceptions.ResourceNotFoundException when there is no such schedule
     */
    public Map<String, String> describeTrigger(String triggerName) {
        if (triggerName == null || triggerName.isEmpty()) {
            throw new ValidationException("triggerName", triggerName, "No trigger name provided",
                    "give the name of a schedule put with putTriggers");
        }
        GetScheduleResponse s = session.api(SchedulerApi.CAPABILITY).getSchedule(
                GetScheduleRequest.builder().name(triggerName).build());
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Schedule_Arn", s.arn());
        out.put("Schedule_Expression", s.scheduleExpression());
        out.put("Schedule_State", s.stateAsString());
        out.put("Schedule_Start_Date", s.startDate() == null ? null : java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC).format(s.startDate()));
        out.put("Schedule_Role", s.target() == null ? null : s.target().roleArn());
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Deletes triggers of the pipeline, as Python's {@code delete_triggers(trigger_names)}; a name without a
     * schedule is logged and skipped, as in Python.
     *
     * @param triggerNames the schedules' names (Python {@code trigger_names})
     */
    public void deleteTriggers(List<String> triggerNames) {
        SchedulerApi scheduler = session.api(SchedulerApi.CAPABILITY);
        for (String triggerName : triggerNames) {
            try {
                scheduler.deleteSchedule(DeleteScheduleRequest.builder().name(triggerName).build());
            } catch (ResourceNotFoundException e) {
                LOG.warn("Pipeline Schedule {} does not exist. The schedule could have been already deleted or never"
                        + " created in the first place.", triggerName);
            }
        }
    }

    private static CreateOptions apply(Consumer<CreateOptions> options) {
        CreateOptions o = new CreateOptions();
        options.accept(o);
        return o;
    }

    @Override
    public String toString() {
        return "Pipeline(" + name + ", " + steps.size() + " steps)";
    }

    /** The optional arguments of {@link #create}, {@link #update} and {@link #upsert} (Python's keywords). */
    public static final class CreateOptions {
        private String description;
        private ParallelismConfiguration parallelismConfig;
        private final List<Tag> tags = new ArrayList<>();

        CreateOptions() {
        }

        /**
         * Python {@code description}, default none.
         *
         * @param description the pipeline's description
         * @return this
         */
        public CreateOptions description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Python {@code parallelism_config}, default none.
         *
         * @param parallelismConfig the most steps running at once
         * @return this
         */
        public CreateOptions parallelismConfig(ParallelismConfiguration parallelismConfig) {
            this.parallelismConfig = parallelismConfig;
            return this;
        }

        /**
         * Python {@code tags} (create only), default none.
         *
         * @param tags the tags
         * @return this
         */
        public CreateOptions tags(Map<String, String> tags) {
            tags.forEach((k, v) -> this.tags.add(Tag.builder().key(k).value(v).build()));
            return this;
        }
    }

    /** The optional arguments of {@link #start(Consumer)} (Python's keywords). */
    public static final class StartOptions {
        private Map<String, ?> parameters = Map.of();
        private String executionDisplayName;
        private String executionDescription;
        private ParallelismConfiguration parallelismConfig;
        private Long pipelineVersionId;
        private SelectiveExecutionConfig selectiveExecutionConfig;

        StartOptions() {
        }

        /**
         * Python {@code parameters}, default none (the defaults).
         *
         * @param parameters values by parameter name
         * @return this
         */
        public StartOptions parameters(Map<String, ?> parameters) {
            this.parameters = new LinkedHashMap<>(parameters);
            return this;
        }

        /**
         * Python {@code execution_display_name}, default none.
         *
         * @param executionDisplayName the display name
         * @return this
         */
        public StartOptions executionDisplayName(String executionDisplayName) {
            this.executionDisplayName = executionDisplayName;
            return this;
        }

        /**
         * Python {@code execution_description}, default none.
         *
         * @param executionDescription the description
         * @return this
         */
        public StartOptions executionDescription(String executionDescription) {
            this.executionDescription = executionDescription;
            return this;
        }

        /**
         * Python {@code parallelism_config}, default none (the pipeline's).
         *
         * @param parallelismConfig the most steps running at once
         * @return this
         */
        public StartOptions parallelismConfig(ParallelismConfiguration parallelismConfig) {
            this.parallelismConfig = parallelismConfig;
            return this;
        }

        /**
         * Python {@code pipeline_version_id}, default none (the latest).
         *
         * @param pipelineVersionId the version to run
         * @return this
         */
        public StartOptions pipelineVersionId(long pipelineVersionId) {
            this.pipelineVersionId = pipelineVersionId;
            return this;
        }

        /**
         * Python {@code selective_execution_config}, default none (every step runs). Without a source execution
         * ARN and with {@code referenceLatestExecution} (the default), the pipeline's latest execution is the
         * reference (one ListPipelineExecutions call, as Python's).
         *
         * @param selectiveExecutionConfig the steps to run and the execution whose results the others keep
         * @return this
         */
        public StartOptions selectiveExecutionConfig(SelectiveExecutionConfig selectiveExecutionConfig) {
            this.selectiveExecutionConfig = selectiveExecutionConfig;
            return this;
        }
    }

    /** The optional arguments of {@link #listExecutions(Consumer)} (Python's keywords). */
    public static final class ListExecutionsOptions {
        private String sortBy;
        private String sortOrder;
        private Integer maxResults;
        private String nextToken;

        ListExecutionsOptions() {
        }

        /**
         * Python {@code sort_by}, default none (the service's: CreationTime).
         *
         * @param sortBy {@code CreationTime} or {@code PipelineExecutionArn}
         * @return this
         */
        public ListExecutionsOptions sortBy(String sortBy) {
            this.sortBy = sortBy;
            return this;
        }

        /**
         * Python {@code sort_order}, default none (the service's: Descending).
         *
         * @param sortOrder {@code Ascending} or {@code Descending}
         * @return this
         */
        public ListExecutionsOptions sortOrder(String sortOrder) {
            this.sortOrder = sortOrder;
            return this;
        }

        /**
         * Python {@code max_results}, default none (the service's: 10).
         *
         * @param maxResults the most executions on the page, 1 to 100
         * @return this
         */
        public ListExecutionsOptions maxResults(int maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /**
         * Python {@code next_token}, default none (the first page).
         *
         * @param nextToken the {@code nextToken} of the previous page
         * @return this
         */
        public ListExecutionsOptions nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }
    }

    /** The optional arguments of {@link #listPipelineVersions(Consumer)} (Python's keywords). */
    public static final class ListPipelineVersionsOptions {
        private String sortOrder;
        private Integer maxResults;
        private String nextToken;

        ListPipelineVersionsOptions() {
        }

        /**
         * Python {@code sort_order}, default none (the service's: Descending, the newest first).
         *
         * @param sortOrder {@code Ascending} or {@code Descending}
         * @return this
         */
        public ListPipelineVersionsOptions sortOrder(String sortOrder) {
            this.sortOrder = sortOrder;
            return this;
        }

        /**
         * Python {@code max_results}, default none (the service's: 10).
         *
         * @param maxResults the most versions on the page, 1 to 100
         * @return this
         */
        public ListPipelineVersionsOptions maxResults(int maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /**
         * Python {@code next_token}, default none (the first page).
         *
         * @param nextToken the {@code nextToken} of the previous page
         * @return this
         */
        public ListPipelineVersionsOptions nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }
    }

    /** Builds a {@link Pipeline}. */
    public static final class Builder {
        private final String name;
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        private PipelineExperimentConfig experimentConfig = PipelineExperimentConfig.DEFAULT;
        private PipelineDefinitionConfig definitionConfig = PipelineDefinitionConfig.DEFAULT;
        private Session session;

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new ValidationException("PipelineName", name, "is empty", "give the pipeline a name");
            }
            this.name = name;
        }

        /**
         * Python {@code parameters}, default none.
         *
         * @param parameters the parameters
         * @return this
         */
        public Builder parameters(Parameter... parameters) {
            this.parameters.addAll(List.of(parameters));
            return this;
        }

        /**
         * Python {@code parameters}, default none.
         *
         * @param parameters the parameters
         * @return this
         */
        public Builder parameters(List<? extends Parameter> parameters) {
            this.parameters.addAll(parameters);
            return this;
        }

        /**
         * Python {@code steps}, default none.
         *
         * @param steps the steps
         * @return this
         */
        public Builder steps(Step... steps) {
            this.steps.addAll(List.of(steps));
            return this;
        }

        /**
         * Python {@code steps}, default none.
         *
         * @param steps the steps
         * @return this
         */
        public Builder steps(List<? extends Step> steps) {
            this.steps.addAll(steps);
            return this;
        }

        /**
         * Python {@code pipeline_experiment_config}, default the pipeline's name and the execution's id; null
         * writes none.
         *
         * @param experimentConfig the configuration, or null
         * @return this
         */
        public Builder pipelineExperimentConfig(PipelineExperimentConfig experimentConfig) {
            this.experimentConfig = experimentConfig;
            return this;
        }

        /**
         * Python {@code pipeline_definition_config}, default {@link PipelineDefinitionConfig#DEFAULT} (job names
         * left out of the definition).
         *
         * @param pipelineDefinitionConfig the configuration
         * @return this
         */
        public Builder pipelineDefinitionConfig(PipelineDefinitionConfig pipelineDefinitionConfig) {
            this.definitionConfig = pipelineDefinitionConfig == null ? PipelineDefinitionConfig.DEFAULT
                    : pipelineDefinitionConfig;
            return this;
        }

        /**
         * Python {@code sagemaker_session}: where create, start ... go; not needed for {@link #definition()}.
         *
         * @param session the session
         * @return this
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * The pipeline.
         *
         * @return the pipeline
         */
        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
