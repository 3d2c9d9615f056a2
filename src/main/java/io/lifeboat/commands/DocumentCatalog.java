package io.lifeboat.commands;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentDescription;
import software.amazon.awssdk.services.ssm.model.DocumentFormat;
import software.amazon.awssdk.services.ssm.model.DocumentKeyValuesFilter;

/**
 * The Command documents of a region (paginated ListDocuments, 50 a page) and one document's
 * definition: DescribeDocument for its versions and platforms, GetDocument (as JSON, whatever format
 * it was written in) for the parameters, since DescribeDocument leaves out allowed values and patterns.
 */
public final class DocumentCatalog {

    /** The documents the compose view offers as shortcuts, the everyday ones. */
    public static final List<String> SHORTCUTS = List.of("AWS-RunShellScript", "AWS-RunPowerShellScript",
            "AmazonCloudWatch-ManageAgent", "AWS-ConfigureAWSPackage", "AmazonInspector-ManageAWSAgent");

    private final ServiceClients clients;

    public DocumentCatalog(ServiceClients clients) {
        this.clients = clients;
    }

    /** @param accountId the account's id, to tell documents shared with it from its own */
    public List<DocumentSummary> list(String region, DocumentQuery query, String accountId, TaskContext context) {
        List<DocumentKeyValuesFilter> filters = new ArrayList<>();
        filters.add(filter("DocumentType", "Command"));
        switch (query.ownership()) {
            case AMAZON -> filters.add(filter("Owner", "Amazon"));
            case MINE -> filters.add(filter("Owner", "Self"));
            case SHARED -> filters.add(filter("Owner", "Private"));
            default -> {
                // every document the account can run
            }
        }
        if (query.platform() != null) {
            filters.add(filter("PlatformTypes", query.platform()));
        }
        List<DocumentSummary> documents = new ArrayList<>();
        for (var page : clients.ssm(region).listDocumentsPaginator(r -> r.filters(filters).maxResults(50))) {
            context.checkCancelled();
            page.documentIdentifiers().forEach(d -> documents.add(new DocumentSummary(d.name(), d.owner(),
                    d.platformTypesAsStrings(), d.documentVersion(), d.schemaVersion())));
        }
        return documents.stream()
                .filter(query::matches)
                .filter(d -> query.ownership() != DocumentQuery.Ownership.SHARED
                        || !d.amazon() && !d.owner().equals(accountId))
                .sorted(Comparator.comparing(DocumentSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The document's definition at its default version (or {@code version}, when given). */
    public DocumentDefinition describe(String region, String name, String version) {
        SsmClient ssm = clients.ssm(region);
        DocumentDescription description = ssm.describeDocument(r -> r.name(name).documentVersion(version)).document();
        String content = ssm.getDocument(r -> r.name(name).documentVersion(version)
                .documentFormat(DocumentFormat.JSON)).content();
        String text = description.description() == null || description.description().isBlank()
                ? DocumentContentReader.description(content) : description.description();
        return new DocumentDefinition(description.name(), description.owner(), description.defaultVersion(),
                description.latestVersion(), text, description.platformTypesAsStrings(),
                DocumentContentReader.parameters(content));
    }

    private static DocumentKeyValuesFilter filter(String key, String value) {
        return DocumentKeyValuesFilter.builder().key(key).values(value).build();
    }
}
