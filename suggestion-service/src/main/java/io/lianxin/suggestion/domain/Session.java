package io.lianxin.suggestion.domain;

/** When it was submitted: during the congress session (大会期间) or between sessions (闭会期间). */
public enum Session { SESSION, RECESS }
