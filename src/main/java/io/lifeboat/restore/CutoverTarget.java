package io.lifeboat.restore;

/**
 * The CNAME that applications use instead of the RDS endpoint, in a private hosted zone.
 *
 * @param zoneId Route53's id ({@code /hostedzone/Z...} or the bare id)
 * @param recordName fully qualified, with its trailing dot
 */
public record CutoverTarget(String zoneId, String zoneName, String recordName) {

    /** "myproject.io./mydatabase.myproject.io." as the command line takes it. */
    public String text() {
        return zoneName + "/" + recordName;
    }
}
