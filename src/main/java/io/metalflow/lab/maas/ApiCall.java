package io.metalflow.lab.maas;

/**
 * What a handler gets: the method, the parameters (query for GET, form body otherwise; without
 * {@code op}), the path's object key ({@code system_id} or tag name, else null) and the caller.
 */
record ApiCall(String method, Params params, String subject, String username) {}
