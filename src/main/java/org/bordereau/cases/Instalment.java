package org.bordereau.cases;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of a payment plan (échéancier): the day it is due and its amount. */
public record Instalment(LocalDate dueDate, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {}
