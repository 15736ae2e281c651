<#import "lib.ftl" as l>
<@l.letter title="Formal notice — " + verification.reference subject="Formal notice to pay — unpaid invoices">
<@l.p>Dear Sir or Madam,</@l.p>
<@l.p>Despite our reminders, the invoices below, now past due, remain unpaid. By this letter we give you formal notice to pay us the sum of <fo:inline font-weight="bold">${totals.totalDue}</fo:inline>, calculated as at ${asOf}, made up as follows.</@l.p>
<@l.invoicesTable/>
<@l.paymentsTable/>
<@l.totalsTable/>
<fo:block space-after="3mm" padding="3pt 4pt" margin="0pt" border="0.6pt solid #1f3a5f" keep-together.within-page="always">Payment must reach us no later than <fo:inline font-weight="bold">${deadline}</fo:inline>, that is within ${deadlineDays} days of the date of this letter.</fo:block>
<#if jurisdiction == "FR">
<@l.p>This letter constitutes formal notice (mise en demeure) within the meaning of article 1344 of the French Civil Code. Under article L441-10 II of the French Commercial Code, late-payment penalties are due as of right, without any reminder being necessary, from the day after the payment date stated on each invoice, at the rate applied by the European Central Bank to its most recent refinancing operation plus 10 percentage points; they will continue to accrue until payment in full. In addition, a fixed indemnity of 40 euros for recovery costs is due for each invoice paid late, under article D441-5 of the same Code.</@l.p>
<@l.p>Failing payment in full by that date, we will refer the matter to the competent court without further notice, in particular by an application for an order for payment (injonction de payer, articles 1405 et seq. of the French Code of Civil Procedure), seeking judgment for the principal, the penalties and indemnities accrued until payment in full, and the costs incurred.</@l.p>
<#else>
<@l.p>This letter constitutes formal notice within the meaning of article 255 of the Moroccan Code of Obligations and Contracts (Dahir des obligations et contrats, DOC): once this period has expired, we will consider ourselves free to act without further notice. Under articles 78-1 et seq. of the Moroccan Commercial Code, as amended by Law No. 69-21, late payment entitles the creditor to a late-payment indemnity, calculated above at the Bank Al-Maghrib key rate plus 7 percentage points; it will continue to accrue until payment in full.</@l.p>
<#if treasuryFine><@l.p>We also remind you that Law No. 69-21 makes a business that pays its suppliers late liable to a pecuniary fine payable to the Treasury, separate from the sums claimed in this letter.</@l.p></#if>
<@l.p>Failing payment in full by that date, we will refer the matter to the competent court, in particular by an order-for-payment procedure (injonction de payer) before the President of the Commercial Court (articles 155 et seq. of the Moroccan Code of Civil Procedure), seeking judgment for the principal, the late-payment indemnity until payment in full, and the costs incurred.</@l.p>
</#if>
<@l.p>If you dispute all or part of these sums, please inform us in writing before ${deadline} of the precise grounds of your dispute, with supporting documents. If we receive no written reply, we will consider that these sums are not disputed.</@l.p>
<@l.closing/>
</@l.letter>
