<#import "lib.ftl" as l>
<@l.letter title="Reminder — " + verification.reference subject="Reminder — overdue invoices">
<@l.p>Dear Sir or Madam,</@l.p>
<@l.p>Unless we are mistaken, the invoices below, now due, remain wholly or partly unpaid. This may simply be an oversight: we would be grateful if you would arrange payment by <fo:inline font-weight="bold">${deadline}</fo:inline>.</@l.p>
<@l.invoicesTable/>
<@l.paymentsTable/>
<@l.p>The principal outstanding amounts to <fo:inline font-weight="bold">${totals.outstanding}</fo:inline>.</@l.p>
<#if jurisdiction == "FR">
<@l.p>We would remind you that any late payment makes late-payment penalties due as of right, together with a fixed indemnity of 40 euros per invoice for recovery costs (articles L441-10 II and D441-5 of the French Commercial Code)<#if totals.hasInterest || totals.hasIndemnities>; as at ${asOf}, the total due including principal is ${totals.totalDue}</#if>.</@l.p>
<#else>
<@l.p>We would remind you that payment terms between merchants are governed by articles 78-1 et seq. of the Moroccan Commercial Code (Law No. 69-21) and that any delay gives rise to a late-payment indemnity<#if totals.hasInterest>; as at ${asOf}, the total due including the indemnity is ${totals.totalDue}</#if>.</@l.p>
</#if>
<@l.p>If your payment has crossed with this letter, please disregard it. If you are experiencing difficulties, or consider that you do not owe all or part of these sums, please let us know in writing, stating your reasons, so that we can look for a solution together.</@l.p>
<@l.closing/>
</@l.letter>
