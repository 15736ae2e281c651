package org.bordereau.cases;

/** The person at the debtor who can decide to pay (CFO, manager, head of accounting). */
public record Contact(String name, String role, String email, String phone) {}
