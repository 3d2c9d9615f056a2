package io.lifeboat.aws.sandbox.ec2;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.Filter;

/**
 * The Describe* filter engine, over the SDK's own model objects: each filter name maps to the values
 * a resource has for it; a filter matches when any of its values (wildcards allowed) matches any of
 * the resource's; all filters must match. {@code tag:Key}, {@code tag-key} and {@code tag-value} come
 * with every set that has tags. A name the set does not know is refused, as AWS refuses it, so a
 * typo in a service shows up on the sandbox instead of silently matching nothing.
 */
public final class FilterSet<T> {

    private final Map<String, Function<T, Collection<String>>> fields;
    private final Function<T, Map<String, String>> tags;

    private FilterSet(Map<String, Function<T, Collection<String>>> fields, Function<T, Map<String, String>> tags) {
        this.fields = Map.copyOf(fields);
        this.tags = tags;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** A predicate for these filters; throws {@code InvalidParameterValue} for a name this set does not know. */
    public Predicate<T> compile(Collection<Filter> filters) {
        List<Predicate<T>> parts = new ArrayList<>();
        for (Filter filter : filters == null ? List.<Filter>of() : filters) {
            parts.add(compile(filter));
        }
        return item -> parts.stream().allMatch(part -> part.test(item));
    }

    private Predicate<T> compile(Filter filter) {
        String name = filter.name();
        if (name == null || name.isEmpty()) {
            throw Ec2Errors.invalidParameterValue("The filter 'null' is invalid");
        }
        List<String> patterns = filter.values().stream().filter(Objects::nonNull).toList();
        Function<T, Collection<String>> values = valuesFor(name);
        return item -> {
            Collection<String> actual = values.apply(item);
            for (String value : actual) {
                for (String pattern : patterns) {
                    if (Wildcard.matches(pattern, value)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private Function<T, Collection<String>> valuesFor(String name) {
        if (tags != null) {
            if (name.startsWith("tag:")) {
                String key = name.substring(4);
                return item -> {
                    String value = tags.apply(item).get(key);
                    return value == null ? List.of() : List.of(value);
                };
            }
            if (name.equals("tag-key")) {
                return item -> tags.apply(item).keySet();
            }
            if (name.equals("tag-value")) {
                return item -> tags.apply(item).values();
            }
        }
        Function<T, Collection<String>> field = fields.get(name);
        if (field == null) {
            throw Ec2Errors.invalidParameterValue("The filter '" + name + "' is invalid");
        }
        return field;
    }

    public static final class Builder<T> {
        private final Map<String, Function<T, Collection<String>>> fields = new LinkedHashMap<>();
        private Function<T, Map<String, String>> tags;

        /** A field with one value (null: the resource has none, so no filter value matches it). */
        public Builder<T> field(String name, Function<T, ?> value) {
            fields.put(name, item -> {
                Object v = value.apply(item);
                return v == null ? List.of() : List.of(text(v));
            });
            return this;
        }

        /** A field with any number of values (attachments, block device mappings). */
        public Builder<T> fields(String name, Function<T, ? extends Collection<?>> values) {
            fields.put(name, item -> values.apply(item).stream().filter(Objects::nonNull).map(Builder::text).toList());
            return this;
        }

        public Builder<T> tags(Function<T, Map<String, String>> tagsOf) {
            this.tags = tagsOf;
            return this;
        }

        public FilterSet<T> build() {
            return new FilterSet<>(fields, tags);
        }

        private static String text(Object value) {
            if (value instanceof java.time.Instant instant) {
                return Ec2Time.format(instant);
            }
            return value.toString();
        }
    }
}
