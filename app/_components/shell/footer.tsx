export function Footer() {
  return (
    <div className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <p className="govuk-body-s">
              Review case files holds sensitive police data. Use it only for the inspection you are working on. Every change is recorded.
            </p>
          </div>
          <div className="govuk-footer__meta-item">© Crown copyright</div>
        </div>
      </div>
    </div>
  );
}
