/**
 * CareBridge SDK core: plain Java types for the four CareBridge record types (joint care plan, key worker
 * care team, personal budget, discharge notification), the code lists of the standard, and the business
 * rules over them. Depends on nothing outside the JDK.
 *
 * <p>{@code org.carebridge.core.internal} is not exported: it is implementation, not API.
 */
module org.carebridge.core {
  exports org.carebridge.core;
  exports org.carebridge.core.codes;
  exports org.carebridge.core.careplan;
  exports org.carebridge.core.careteam;
  exports org.carebridge.core.budget;
  exports org.carebridge.core.discharge;
  exports org.carebridge.core.validation;
}
