package io.lianxin.supervision.domain;

/** Who proposed a supervision topic (问需于民): a deputy (代表), a resident (群众) or the office (工作人员). */
public enum ProposerKind { DEPUTY, RESIDENT, STAFF }
