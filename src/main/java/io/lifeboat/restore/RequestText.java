package io.lifeboat.restore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;

/** An SDK request's set parameters by their API names, from the request object itself: what is shown is what is sent. */
final class RequestText {

    private RequestText() {
    }

    static List<PlannedCall.Parameter> parameters(SdkRequest request) {
        List<PlannedCall.Parameter> parameters = new ArrayList<>();
        for (SdkField<?> field : request.sdkFields()) {
            Object value = field.getValueOrDefault(request);
            if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
                parameters.add(new PlannedCall.Parameter(field.memberName(), text(value)));
            }
        }
        return parameters;
    }

    private static String text(Object value) {
        if (value instanceof SdkPojo pojo) {
            return pojo.sdkFields().stream()
                    .filter(f -> f.getValueOrDefault(pojo) != null)
                    .filter(f -> !(f.getValueOrDefault(pojo) instanceof Collection<?> c && c.isEmpty()))
                    .map(f -> f.memberName() + "=" + text(f.getValueOrDefault(pojo)))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(RequestText::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + text(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }
}
