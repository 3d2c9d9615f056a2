package io.lifeboat.restore;

/** A CNAME as Route53 holds it: fully qualified name, value and TTL in seconds. */
public record DnsRecord(String name, String value, long ttl) {
}
