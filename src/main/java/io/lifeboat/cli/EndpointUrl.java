package io.lifeboat.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Checks {@code --endpoint-url}: an http or https URL with a host, such as http://127.0.0.1:5000. */
final class EndpointUrl implements ITypeConverter<URI> {

    @Override
    public URI convert(String value) {
        URI uri = parse(value);
        if (uri == null) {
            throw new TypeConversionException("'" + value + "' is not an http(s) URL with a host, such as "
                    + "http://127.0.0.1:5000");
        }
        return uri;
    }

    /** The URL, or {@code null} when it is not one the SDK could send to. */
    static URI parse(String value) {
        try {
            URI uri = new URI(value.trim());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
