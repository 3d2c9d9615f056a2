package io.lifeboat.aws.guard;

/** Who is calling, for the audit log: the profile name (or a description) and the account id. */
public interface CallerContext {

    String profileLabel();

    String accountId();
}
