package org.carebridge.examples.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.carebridge.core.codes.DischargeEvent;
import org.carebridge.core.codes.WithdrawalReason;
import org.carebridge.core.discharge.DischargeNotification;
import org.carebridge.fhir.mapping.CareBridgeMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;

class RaiseAndWithdrawDischargeNoticeTest {

  private static final String WITHDRAWN_MESSAGE =
      "https://carebridge.org.uk/fhir/StructureDefinition/carebridge-withdrawn-message";

  @Test
  void theWithdrawalReferencesTheNotice() {
    RaiseAndWithdrawDischargeNotice.Messages messages = RaiseAndWithdrawDischargeNotice.raiseAndWithdraw();
    MessageHeader header = (MessageHeader) messages.withdrawal().getEntryFirstRep().getResource();
    assertThat(header.getEventCoding().getCode()).isEqualTo(DischargeEvent.WITHDRAW_DISCHARGE_ONLY.code());
    Type withdrawn = header.getExtensionByUrl(WITHDRAWN_MESSAGE).getValue();
    // the extension names the withdrawn message by its id (the notice's Bundle.id)
    String noticeId = messages.notice().getIdElement().getIdPart();
    assertThat(noticeId).isNotBlank();
    assertThat(withdrawn.primitiveValue()).isEqualTo(noticeId).isEqualTo("discharge-notice-example");
  }

  @Test
  void bothMessagesValidateWithNoError() {
    RaiseAndWithdrawDischargeNotice.Messages messages = RaiseAndWithdrawDischargeNotice.raiseAndWithdraw();
    assertThat(RecipeSupport.errors(messages.notice())).isEmpty();
    assertThat(RecipeSupport.errors(messages.withdrawal())).isEmpty();
  }

  @Test
  void theWithdrawalKeepsTheBusinessRulesAgainstTheNotice() {
    DischargeNotification notice = RaiseAndWithdrawDischargeNotice.raiseDischargeNotice();
    DischargeNotification withdrawal = RaiseAndWithdrawDischargeNotice.withdraw(notice,
        WithdrawalReason.TREATMENT_CANCELLED, Instant.parse("2026-10-13T08:30:00Z"));
    assertThat(withdrawal.respondsTo()).contains(notice.id());
    assertThat(withdrawal.withdrawalReason()).contains(WithdrawalReason.TREATMENT_CANCELLED);
    assertThat(RecipeSupport.RULES.validate(withdrawal, List.of(notice)).errors()).isEmpty();
  }

  @Test
  void theWithdrawalReadsBackFromFhir() {
    Bundle message = RaiseAndWithdrawDischargeNotice.raiseAndWithdraw().withdrawal();
    DischargeNotification read = CareBridgeMapper.readDischargeNotification(message).orElseThrow();
    assertThat(read.event()).isEqualTo(DischargeEvent.WITHDRAW_DISCHARGE_ONLY);
    assertThat(read.respondsTo()).contains("discharge-notice-example");
    assertThat(read.withdrawalReason()).contains(WithdrawalReason.TREATMENT_CANCELLED);
  }

  @Test
  void aWithdrawalBeforeTheNoticeIsRefused() {
    DischargeNotification notice = RaiseAndWithdrawDischargeNotice.raiseDischargeNotice();
    assertThatThrownBy(() -> RaiseAndWithdrawDischargeNotice.withdraw(notice, WithdrawalReason.DIED,
        notice.issuedAt())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issuedAt must be after the notice was issued");
  }
}
