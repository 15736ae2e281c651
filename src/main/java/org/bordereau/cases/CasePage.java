package org.bordereau.cases;

import java.util.List;

/** One page of a tenant's cases, most recently updated first. */
public record CasePage(List<Case> items, int page, int size, long total) {}
