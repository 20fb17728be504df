//! The page's notices: storage, links, imports and scenarios, each with its
//! details, an optional action (undo, download) and a dismiss button.

use engine::text::Words;
use yew::prelude::*;

use crate::notices::{Notice, NoticeAction, Tone, Topic};

#[derive(Properties, PartialEq)]
pub struct NoticeListProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<Topic>,
    pub on_action: Callback<NoticeAction>,
}

#[function_component(NoticeList)]
pub fn notice_list(props: &NoticeListProps) -> Html {
    let words = crate::hooks::use_words();
    html! {
        // Always in the page, so that screen readers announce what is added;
        // keyed, so a notice that goes does not make the others be re-read.
        <div class="notices" aria-live="polite" data-testid="notices">
            { for props.notices.iter().map(|notice| notice_view(words, notice, props)) }
        </div>
    }
}

fn notice_view(words: Words, notice: &Notice, props: &NoticeListProps) -> Html {
    let tone = match notice.tone {
        Tone::Done => "notice--done",
        Tone::Warning => "notice--caution",
        Tone::Problem => "notice--warning",
    };
    let topic = match notice.topic {
        Topic::SavedData => "saved-data",
        Topic::Storage => "storage",
        Topic::KeptWork => "kept-work",
        Topic::Download => "download",
        Topic::Link => "link",
        Topic::Import => "import",
        Topic::Scenario => "scenario",
    };
    let on_dismiss = props.on_dismiss.reform({
        let topic = notice.topic;
        move |_: MouseEvent| topic
    });
    let action = notice.action.map(|action| {
        let label = match action {
            NoticeAction::UndoDelete => words.undo(),
            NoticeAction::DownloadUnreadable => words.download_unreadable(),
            NoticeAction::Reload => words.reload(),
        };
        let on_click = props.on_action.reform(move |_: MouseEvent| action);
        html! { <button type="button" class="chip chip--active" onclick={on_click}>{ label }</button> }
    });
    html! {
        // Problems interrupt (role alert); the rest wait their turn in the polite region.
        <div key={notice.serial.to_string()} class={classes!("notice", tone)} role={(notice.tone == Tone::Problem).then_some("alert")}
            data-testid={format!("notice-{topic}")}>
            <p class="notice__text">{ &notice.text }</p>
            if !notice.details.is_empty() {
                <ul class="notice__details">
                    { for notice.details.iter().map(|detail| html! { <li>{ detail }</li> }) }
                </ul>
            }
            <div class="notice__actions">
                { for action }
                <button type="button" class="chip chip--quiet" aria-label={words.dismiss_notice()} onclick={on_dismiss}>{ words.dismiss() }</button>
            </div>
        </div>
    }
}
