//! Component tests: the real components rendered by Yew in headless Chromium
//! (run by `./dev test`, layer 2). Events are real DOM events, dispatched the
//! way a browser does when a person types.

use engine::report::RouteId;
use open_or_closed::components::number_field::{NumberField, NumberFieldProps};
use open_or_closed::{format, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Element, HtmlElement, HtmlInputElement, HtmlSelectElement, InputEvent, InputEventInit,
};
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    root
}

async fn mount_app() -> Element {
    // Each test starts from an empty browser: the app restores what is saved.
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn input_named(root: &Element, name: &str) -> HtmlInputElement {
    root.query_selector(&format!("input[name='{name}']"))
        .unwrap()
        .expect(name)
        .dyn_into()
        .unwrap()
}

fn text_of(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|element| element.text_content())
}

/// Sets the value and fires a bubbling `input` event, as typing does.
async fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn closed_total_text(root: &Element) -> Option<String> {
    text_of(root, "[data-testid=total-closed_api]")
}

fn expected_closed_total(profile: &engine::Profile) -> String {
    let report = engine::evaluate(profile);
    let total = report
        .route(RouteId::ClosedApi)
        .and_then(|route| route.total_cost)
        .unwrap();
    format::money_compact(total, report.currency)
}

#[wasm_bindgen_test]
async fn app_shows_the_engines_totals_for_the_default_profile() {
    let root = mount_app().await;
    assert_eq!(
        closed_total_text(&root),
        Some(expected_closed_total(&engine::Profile::default()))
    );
    assert_eq!(
        root.query_selector_all("[data-testid^=total-]")
            .unwrap()
            .length(),
        3
    );
    assert_eq!(
        input_named(&root, "workload.requests_per_month").value(),
        "300,000"
    );
}

#[wasm_bindgen_test]
async fn typing_recomputes_the_totals() {
    let root = mount_app().await;
    type_into(
        &input_named(&root, "workload.requests_per_month"),
        "3000000",
    )
    .await;
    let mut profile = engine::Profile::default();
    profile.workload.requests_per_month = 3_000_000.0;
    assert_eq!(
        closed_total_text(&root),
        Some(expected_closed_total(&profile))
    );
    assert_ne!(
        closed_total_text(&root),
        Some(expected_closed_total(&engine::Profile::default()))
    );
}

#[wasm_bindgen_test]
async fn bad_input_shows_a_message_and_keeps_the_last_totals() {
    let root = mount_app().await;
    let before = closed_total_text(&root);
    let requests = input_named(&root, "workload.requests_per_month");
    type_into(&requests, "-5").await;
    assert_eq!(
        requests.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let message = text_of(&root, ".field__error").expect("an inline error");
    assert!(
        message.starts_with("“-5” is not allowed: enter a number from 0 to"),
        "{message}"
    );
    assert_eq!(closed_total_text(&root), before);
    assert!(text_of(&root, "[data-testid=stale-note]").is_some());
    // The typed text is kept, so the user can fix it.
    assert_eq!(requests.value(), "-5");

    type_into(&requests, "1000").await;
    assert_eq!(
        requests.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert!(root.query_selector(".field__error").unwrap().is_none());
    assert!(text_of(&root, "[data-testid=stale-note]").is_none());
    assert_ne!(closed_total_text(&root), before);
}

#[wasm_bindgen_test]
async fn the_verdict_follows_once_typing_pauses() {
    let root = mount_app().await;
    let verdict = || {
        root.query_selector("[data-testid=verdict]")
            .unwrap()
            .expect("a verdict card")
    };
    assert_eq!(
        verdict().get_attribute("aria-busy").as_deref(),
        Some("true")
    );
    gloo::timers::future::TimeoutFuture::new(600).await;
    yew::scheduler::flush().await;
    assert_eq!(
        verdict().get_attribute("aria-busy").as_deref(),
        Some("false")
    );
    let profile = engine::Profile::default();
    let report = engine::evaluate(&profile);
    let expected = engine::decision::recommended_route(&profile, &report, &profile.decision);
    assert_eq!(
        verdict().get_attribute("data-route").as_deref(),
        expected.map(RouteId::key)
    );
    // An edit marks the verdict as updating until the next pause.
    type_into(
        &input_named(&root, "workload.requests_per_month"),
        "5000000",
    )
    .await;
    assert_eq!(
        verdict().get_attribute("aria-busy").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn a_preset_fills_the_form() {
    let root = mount_app().await;
    let button: HtmlElement = root
        .query_selector("[data-preset=air-gapped-government]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    yew::scheduler::flush().await;
    let residency: HtmlSelectElement = root
        .query_selector("select[name='requirements.data_residency']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(residency.value(), "air_gapped");
    assert_eq!(
        root.query_selector_all(".route-card--excluded")
            .unwrap()
            .length(),
        2
    );
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn number_field_links_label_help_and_error() {
    let root = fresh_root();
    let props = NumberFieldProps {
        name: "workload.example".into(),
        label: "Example".into(),
        unit: "widgets".into(),
        help: "Help text.".into(),
        value: "abc".into(),
        error: Some(AttrValue::from("Enter a number.")),
        on_input: Callback::noop(),
    };
    yew::Renderer::<NumberField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let input = input_named(&root, "workload.example");
    let label = root.query_selector("label").unwrap().unwrap();
    assert_eq!(label.get_attribute("for"), Some(input.id()));
    assert_eq!(text_of(&root, ".field__unit").as_deref(), Some("widgets"));
    let described_by = input.get_attribute("aria-describedby").unwrap();
    for id in described_by.split_whitespace() {
        assert!(
            gloo::utils::document().get_element_by_id(id).is_some(),
            "missing #{id}"
        );
    }
    assert_eq!(
        text_of(&root, ".field__error").as_deref(),
        Some("Enter a number.")
    );
}

#[wasm_bindgen_test]
async fn number_field_reports_what_was_typed() {
    use std::cell::RefCell;
    use std::rc::Rc;

    let root = fresh_root();
    let received = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = received.clone();
    let props = NumberFieldProps {
        name: "workload.example2".into(),
        label: "Example".into(),
        unit: "widgets".into(),
        help: "Help.".into(),
        value: "".into(),
        error: None,
        on_input: Callback::from(move |text: String| sink.borrow_mut().push(text)),
    };
    yew::Renderer::<NumberField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    type_into(&input_named(&root, "workload.example2"), "42").await;
    assert_eq!(*received.borrow(), vec!["42".to_owned()]);
}

#[wasm_bindgen_test]
async fn the_recovery_screen_offers_the_profile_and_a_reload_without_the_app() {
    let json = engine::Profile::default().to_json();
    open_or_closed::recovery::show_recovery_screen(&json).unwrap();
    let document = gloo::utils::document();
    let screen = document
        .query_selector("[data-testid=recovery]")
        .unwrap()
        .expect("the recovery screen");
    assert_eq!(screen.get_attribute("role").as_deref(), Some("alertdialog"));
    assert_eq!(
        text_of(&screen, "h1").as_deref(),
        Some(open_or_closed::messages::en::RECOVERY_HEADING)
    );
    let download = screen
        .query_selector("a[download]")
        .unwrap()
        .expect("a download link");
    assert_eq!(
        download.get_attribute("download").as_deref(),
        Some(open_or_closed::recovery::RECOVERY_FILE_NAME)
    );
    let href = download.get_attribute("href").unwrap_or_default();
    assert!(href.starts_with("blob:"), "{href}");
    // The blob holds the profile, as JSON that reads back.
    let response =
        wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(&href))
            .await
            .unwrap()
            .dyn_into::<web_sys::Response>()
            .unwrap();
    let text = wasm_bindgen_futures::JsFuture::from(response.text().unwrap())
        .await
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(
        engine::Profile::from_json(&text).ok(),
        Some(engine::Profile::default())
    );
    assert!(screen
        .query_selector("a.recovery__reload")
        .unwrap()
        .is_some());
    assert!(gloo::utils::document_element().has_attribute("data-crashed"));
    // Leave the page as the other tests expect it.
    screen.remove();
    gloo::utils::document_element()
        .remove_attribute("data-crashed")
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_cumulative_card_switches_between_cash_and_profit_and_loss() {
    use open_or_closed::components::cumulative_card::{CumulativeCard, CumulativeCardProps};
    let profile = engine::Profile::from_json(include_str!(
        "../examples/profiles/ml-platform-high-volume.json"
    ))
    .unwrap();
    let report = std::rc::Rc::new(engine::evaluate(&profile));
    let root = fresh_root();
    yew::Renderer::<CumulativeCard>::with_root_and_props(
        root.clone(),
        CumulativeCardProps {
            report: report.clone(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let card = root
        .query_selector("[data-testid=cumulative]")
        .unwrap()
        .unwrap();
    assert_eq!(card.get_attribute("data-view").as_deref(), Some("cash"));
    // The chart's table ends with the horizon's cumulative cash for each route.
    let hosted_cash = report
        .route(RouteId::SelfHosted)
        .and_then(|route| route.total_cash)
        .unwrap();
    let table = text_of(&root, "table").unwrap_or_default();
    assert!(
        table.contains(&format::money_whole(hosted_cash, report.currency)),
        "{table}"
    );
    let buttons = root.query_selector_all(".switch__option").unwrap();
    assert_eq!(buttons.length(), 2);
    let profit_and_loss: HtmlElement = buttons.item(1).unwrap().dyn_into().unwrap();
    profit_and_loss.click();
    yew::scheduler::flush().await;
    assert_eq!(card.get_attribute("data-view").as_deref(), Some("pnl"));
    assert_eq!(
        profit_and_loss.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let booked = report
        .route(RouteId::SelfHosted)
        .and_then(|route| route.total_cost)
        .unwrap();
    let table = text_of(&root, "table").unwrap_or_default();
    assert!(
        table.contains(&format::money_whole(booked, report.currency)),
        "{table}"
    );
}
