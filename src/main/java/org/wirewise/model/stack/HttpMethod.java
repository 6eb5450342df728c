package org.wirewise.model.stack;

/** The request methods the lessons let a learner pick (RFC 9110 §9.3). */
public enum HttpMethod {
    GET, POST, PUT, DELETE
}
