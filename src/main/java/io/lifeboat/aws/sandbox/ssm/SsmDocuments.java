package io.lifeboat.aws.sandbox.ssm;

import io.lifeboat.aws.sandbox.paging.Pages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ssm.model.CreateDocumentRequest;
import software.amazon.awssdk.services.ssm.model.DocumentDescription;
import software.amazon.awssdk.services.ssm.model.DocumentFormat;
import software.amazon.awssdk.services.ssm.model.DocumentIdentifier;
import software.amazon.awssdk.services.ssm.model.DocumentKeyValuesFilter;
import software.amazon.awssdk.services.ssm.model.DocumentParameter;
import software.amazon.awssdk.services.ssm.model.DocumentStatus;
import software.amazon.awssdk.services.ssm.model.DocumentType;
import software.amazon.awssdk.services.ssm.model.GetDocumentResponse;
import software.amazon.awssdk.services.ssm.model.Tag;

/** Command documents of one region: AWS's and the account's own. */
public final class SsmDocuments {

    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_\\-.]{3,128}$");

    private final SsmState state;
    private final String accountId;

    public SsmDocuments(SsmState state, String accountId) {
        this.state = state;
        this.accountId = accountId;
    }

    public Pages.Page<DocumentIdentifier> list(List<DocumentKeyValuesFilter> filters, Integer maxResults,
                                               String nextToken) {
        int size = SsmCommands.pageSize(maxResults, 1, 50);
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        filters.forEach(f -> wanted.put(f.key(), f.values()));
        return state.locked(() -> {
            List<DocumentIdentifier> matching = state.documents().values().stream()
                    .filter(d -> wanted.entrySet().stream().allMatch(e -> matches(d, e.getKey(), e.getValue())))
                    .map(this::identifier)
                    .toList();
            return SsmCommands.page(matching, nextToken, size, "ListDocuments");
        });
    }

    public DocumentDescription describe(String name) {
        return state.locked(() -> description(find(name)));
    }

    public GetDocumentResponse get(String name) {
        return state.locked(() -> {
            SsmDocument document = find(name);
            return GetDocumentResponse.builder()
                    .name(document.name())
                    .documentVersion("1")
                    .status(DocumentStatus.ACTIVE)
                    .content(document.content())
                    .documentType(DocumentType.COMMAND)
                    .documentFormat(DocumentFormat.JSON)
                    .createdDate(document.createdDate())
                    .build();
        });
    }

    public DocumentDescription create(CreateDocumentRequest request, Instant now) {
        String name = request.name();
        if (name == null || !NAME.matcher(name).matches()) {
            throw SsmErrors.validation("1 validation error detected: Value '" + name + "' at 'name' failed to satisfy "
                    + "constraint: Member must satisfy regular expression pattern: " + NAME.pattern());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("aws") || lower.startsWith("amazon") || lower.startsWith("amzn")) {
            throw SsmErrors.validation("Document name " + name + " cannot start with a reserved prefix "
                    + "(aws, amazon, amzn).");
        }
        if (request.documentType() != null && request.documentType() != DocumentType.COMMAND) {
            throw SsmErrors.validation("The sandbox account supports Command documents only.");
        }
        if (request.documentFormat() != null && request.documentFormat() != DocumentFormat.JSON) {
            throw SsmErrors.invalidDocumentContent("The sandbox account reads JSON documents only.");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        request.tags().forEach(t -> tags.put(t.key(), t.value()));
        SsmDocument document = DocumentContent.parse(name, accountId, request.content(), now, tags);
        return state.locked(() -> {
            if (state.documents().containsKey(name)) {
                throw SsmErrors.documentAlreadyExists("Document with same name " + name + " already exists");
            }
            state.documents().put(name, document);
            return description(document);
        });
    }

    /** Adds or replaces a document owned by the account (seeding). */
    void put(SsmDocument document) {
        state.locked(() -> state.documents().put(document.name(), document));
    }

    private SsmDocument find(String name) {
        SsmDocument document = name == null ? null : state.documents().get(name);
        if (document == null) {
            throw SsmErrors.invalidDocument("Document with name " + name + " does not exist.");
        }
        return document;
    }

    private boolean matches(SsmDocument document, String key, List<String> values) {
        return switch (key) {
            case "Owner" -> values.stream().anyMatch(v -> switch (v) {
                case "Self" -> document.owner().equals(accountId);
                // The account's own and those other accounts share with it.
                case "Private" -> !document.amazon();
                case "Amazon", "Public" -> document.amazon();
                case "All" -> true;
                default -> document.owner().equals(v);
            });
            case "PlatformTypes" -> values.stream().anyMatch(document::runsOn);
            case "DocumentType" -> values.contains("Command");
            case "Name" -> values.stream().anyMatch(v -> document.name().startsWith(v));
            default -> throw SsmErrors.invalidFilterKey("The filter key " + key + " is not valid for ListDocuments.");
        };
    }

    private DocumentIdentifier identifier(SsmDocument document) {
        return DocumentIdentifier.builder()
                .name(document.name())
                .owner(document.owner())
                .platformTypesWithStrings(document.platformTypes())
                .documentVersion("1")
                .documentType(DocumentType.COMMAND)
                .schemaVersion(document.schemaVersion())
                .documentFormat(DocumentFormat.JSON)
                .createdDate(document.createdDate())
                .tags(tags(document))
                .build();
    }

    private DocumentDescription description(SsmDocument document) {
        return DocumentDescription.builder()
                .name(document.name())
                .owner(document.owner())
                .status(DocumentStatus.ACTIVE)
                .documentVersion("1")
                .latestVersion("1")
                .defaultVersion("1")
                .description(document.description())
                .parameters(document.parameters().stream().map(p -> DocumentParameter.builder()
                        .name(p.name())
                        .type(p.type())
                        .description(p.description())
                        .defaultValue(p.defaultText())
                        .build()).toList())
                .platformTypesWithStrings(document.platformTypes())
                .documentType(DocumentType.COMMAND)
                .schemaVersion(document.schemaVersion())
                .documentFormat(DocumentFormat.JSON)
                .createdDate(document.createdDate())
                .tags(tags(document))
                .build();
    }

    private static List<Tag> tags(SsmDocument document) {
        return document.tags().entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }
}
