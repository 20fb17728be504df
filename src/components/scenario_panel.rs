//! The named scenarios: save the working profile under a name; open, rename,
//! duplicate, delete (with undo, in the notices) and choose two or three to
//! compare. The text being typed into a name box is this component's own
//! state; everything else comes in as props and goes out as actions.

use engine::text::Words;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::Action;

/// One scenario as the list shows it.
#[derive(Clone, PartialEq)]
pub struct ScenarioItem {
    pub id: AttrValue,
    pub name: AttrValue,
    pub active: bool,
    pub compared: bool,
}

#[derive(Properties, PartialEq)]
pub struct ScenarioPanelProps {
    pub items: Vec<ScenarioItem>,
    /// The scenario being worked on, if the working profile is one.
    pub active_name: Option<AttrValue>,
    /// The working profile has changed since that scenario was saved.
    pub unsaved_changes: bool,
    pub on_action: Callback<Action>,
}

fn input_text(event: &InputEvent) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

#[function_component(ScenarioPanel)]
pub fn scenario_panel(props: &ScenarioPanelProps) -> Html {
    let words = crate::hooks::use_words();
    let new_name = use_state(String::new);
    // The scenario being renamed, and the name typed so far.
    let renaming = use_state(|| None::<(AttrValue, String)>);

    let on_save = {
        let (new_name, on_action) = (new_name.clone(), props.on_action.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_action.emit(Action::SaveAsScenario((*new_name).clone()));
            // A refused name stays in the box to be corrected (the notice says why).
            if name_is_usable(&new_name) {
                new_name.set(String::new());
            }
        })
    };
    // Keyboard users land in the rename box as it opens.
    let rename_input = use_node_ref();
    {
        let rename_input = rename_input.clone();
        let renaming_id = renaming.as_ref().map(|(id, _)| id.clone());
        use_effect_with(renaming_id, move |_| {
            if let Some(input) = rename_input.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let on_new_name = {
        let new_name = new_name.clone();
        Callback::from(move |event: InputEvent| new_name.set(input_text(&event)))
    };

    html! {
        <section class="card scenarios" aria-labelledby="scenarios-heading" data-testid="scenarios">
            <h2 id="scenarios-heading" class="card__heading">{ words.scenarios_heading() }</h2>
            <p class="scenarios__current" data-testid="working-on">
                if let Some(name) = &props.active_name {
                    { words.working_on() }{ " " }<strong>{ format!("“{name}”") }</strong>
                    if props.unsaved_changes {
                        { format!(", {} ", words.changed_since_saved()) }
                        <button type="button" class="chip chip--active" data-testid="save-changes"
                            onclick={props.on_action.reform(|_: MouseEvent| Action::SaveScenario)}>{ words.save_changes() }</button>
                    }
                } else {
                    { words.not_a_scenario() }
                }
            </p>
            <form class="scenarios__save" onsubmit={on_save}>
                <label for="scenario-name" class="visually-hidden">{ words.scenario_name_label() }</label>
                <input id="scenario-name" name="scenario-name" type="text" autocomplete="off"
                    placeholder={words.scenario_name_label()} value={(*new_name).clone()} oninput={on_new_name} />
                <button type="submit" class="chip chip--active">{ words.save_as_button() }</button>
            </form>
            if props.items.is_empty() {
                <p class="scenarios__empty">{ words.no_scenarios() }</p>
            } else {
                <ul class="scenarios__list">
                    { for props.items.iter().map(|item| scenario_row(words, item, &renaming, &rename_input, &props.on_action)) }
                </ul>
                <p class="scenarios__hint">{ words.compare_hint() }</p>
            }
        </section>
    }
}

fn scenario_row(
    words: Words,
    item: &ScenarioItem,
    renaming: &UseStateHandle<Option<(AttrValue, String)>>,
    rename_input: &NodeRef,
    on_action: &Callback<Action>,
) -> Html {
    let id = item.id.to_string();
    let act = |action: fn(String) -> Action| {
        let (on_action, id) = (on_action.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(action(id.clone())))
    };
    let editing = renaming
        .as_ref()
        .filter(|(renamed, _)| *renamed == item.id)
        .map(|(_, text)| text.clone());
    let name_part = match editing {
        Some(text) => {
            let on_input = {
                let (renaming, id) = (renaming.clone(), item.id.clone());
                Callback::from(move |event: InputEvent| {
                    renaming.set(Some((id.clone(), input_text(&event))))
                })
            };
            let on_submit = {
                let (renaming, on_action, id, text) = (
                    renaming.clone(),
                    on_action.clone(),
                    id.clone(),
                    text.clone(),
                );
                Callback::from(move |event: SubmitEvent| {
                    event.prevent_default();
                    on_action.emit(Action::RenameScenario {
                        id: id.clone(),
                        name: text.clone(),
                    });
                    // A refused name stays open to be corrected.
                    if name_is_usable(&text) {
                        renaming.set(None);
                    }
                })
            };
            let on_key = {
                let renaming = renaming.clone();
                Callback::from(move |event: KeyboardEvent| {
                    if event.key() == "Escape" {
                        renaming.set(None);
                    }
                })
            };
            let on_cancel = {
                let renaming = renaming.clone();
                Callback::from(move |_: MouseEvent| renaming.set(None))
            };
            let input_id = format!("rename-{}", item.id);
            html! {
                <form class="scenarios__rename" onsubmit={on_submit}>
                    <label for={input_id.clone()} class="visually-hidden">{ words.scenario_name_label() }</label>
                    <input id={input_id} ref={rename_input.clone()} type="text" value={text} oninput={on_input} onkeydown={on_key} autocomplete="off" />
                    <button type="submit" class="chip chip--active">{ words.rename_save() }</button>
                    <button type="button" class="chip chip--quiet" onclick={on_cancel}>{ words.cancel() }</button>
                </form>
            }
        }
        None => html! {
            <button type="button" class="scenarios__open" aria-current={item.active.then_some("true")}
                aria-label={words.action_on(words.open(), &item.name)} onclick={act(Action::OpenScenario)}>
                { &item.name }
                if item.active {
                    <span class="badge badge--accent">{ words.open_now() }</span>
                }
            </button>
        },
    };
    let on_rename = {
        let (renaming, id, name) = (renaming.clone(), item.id.clone(), item.name.to_string());
        Callback::from(move |_: MouseEvent| renaming.set(Some((id.clone(), name.clone()))))
    };
    let on_delete = {
        let (on_action, id) = (on_action.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::DeleteScenario(id.clone()));
            // The focused button is gone with its row: focus the Undo that replaces it.
            Timeout::new(0, || {
                let undo = gloo::utils::document()
                    .query_selector("[data-testid=notice-scenario] button")
                    .ok()
                    .flatten()
                    .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(undo) = undo {
                    let _ = undo.focus();
                }
            })
            .forget();
        })
    };
    let compare_id = format!("compare-{}", item.id);
    html! {
        <li class={classes!("scenarios__item", item.active.then_some("scenarios__item--active"))} data-scenario={item.id.clone()}>
            { name_part }
            <span class="scenarios__actions">
                <input type="checkbox" id={compare_id.clone()} checked={item.compared}
                    aria-label={words.action_on(words.compare(), &item.name)}
                    onchange={{
                        let (on_action, id) = (on_action.clone(), id.clone());
                        Callback::from(move |_: Event| on_action.emit(Action::ToggleCompared(id.clone())))
                    }} />
                <label for={compare_id} class="scenarios__compare">{ words.compare() }</label>
                <button type="button" class="link-button" aria-label={words.action_on(words.rename(), &item.name)} onclick={on_rename}>{ words.rename() }</button>
                <button type="button" class="link-button" aria-label={words.action_on(words.duplicate(), &item.name)} onclick={act(Action::DuplicateScenario)}>{ words.duplicate() }</button>
                <button type="button" class="link-button" aria-label={words.action_on(words.delete(), &item.name)} onclick={on_delete}>{ words.delete() }</button>
            </span>
        </li>
    }
}

/// Whether the reducer will accept `text` as a name (so the box may clear).
fn name_is_usable(text: &str) -> bool {
    engine::saved::names::validate_name(text).is_ok()
}
